#include "migration/migrationrollbackresult.h"

#include <QJsonArray>

QJsonObject MigrationRollbackResult::EntityCounts::toJson() const
{
    return {{QStringLiteral("created"), created},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("child_rows_deleted"), childDeleted},
            {QStringLiteral("remaining"), remaining},
            {QStringLiteral("remaining_child_rows"), remainingChildren}};
}

QJsonObject MigrationRollbackResult::toJson() const
{
    QJsonObject entityCounts;
    for (const QString &entity : entities)
        entityCounts.insert(entity, counts.value(entity).toJson());
    return {{QStringLiteral("run_id"), runId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("status"), status},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("proven"), proven},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("already_rolled_back"), alreadyRolledBack},
            {QStringLiteral("error"), error},
            {QStringLiteral("entities"), entityCounts},
            {QStringLiteral("restored_tables"), QJsonArray::fromStringList(restoredTables)},
            {QStringLiteral("backup_rows_checked"), backupRowsChecked},
            {QStringLiteral("rows_restored"), rowsRestored},
            {QStringLiteral("backup_mismatches"), backupMismatches},
            {QStringLiteral("notifications_removed"), notificationsRemoved},
            {QStringLiteral("notifications_already_sent"), notificationsAlreadySent},
            {QStringLiteral("proof"), QJsonArray::fromStringList(proof)}};
}
