#include "migration/migrationrunresult.h"

#include <QJsonArray>

namespace {
QJsonObject countMap(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QJsonObject MigrationEntityCounts::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("created"), created},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("already_migrated"), alreadyMigrated},
            {QStringLiteral("quarantined"), quarantined},
            {QStringLiteral("dropped"), dropped},
            {QStringLiteral("balanced"), balanced()},
            {QStringLiteral("reasons"), countMap(reasons)}};
}

bool MigrationRunResult::balanced() const
{
    for (const MigrationEntityCounts &c : counts)
        if (!c.balanced())
            return false;
    return true;
}

QJsonObject MigrationRunResult::toJson() const
{
    QJsonObject entities;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entities.insert(it.key(), it.value().toJson());
    QJsonArray users;
    for (const MigrationUserOutcome &u : this->users)
        users.append(QJsonObject{{QStringLiteral("source_key"), u.sourceKey}, {QStringLiteral("outcome"), u.outcome},
                                 {QStringLiteral("target_key"), u.targetKey}, {QStringLiteral("reason_code"), u.reasonCode},
                                 {QStringLiteral("reason"), u.reason}});
    QJsonArray samples;
    for (const MigrationSample &s : this->samples)
        samples.append(QJsonObject{{QStringLiteral("entity"), s.entity},
                                   {QStringLiteral("source"), QJsonObject::fromVariantMap(s.source)},
                                   {QStringLiteral("target"), QJsonObject::fromVariantMap(s.target)}});
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("status"), status},
            {QStringLiteral("error"), error},
            {QStringLiteral("run_id"), runId.isNull() ? QString() : runId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("plan_fingerprint"), planFingerprint},
            {QStringLiteral("backup_sha256"), backupSha256},
            {QStringLiteral("balanced"), balanced()},
            {QStringLiteral("entities"), entities},
            {QStringLiteral("users"), users},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("unmapped"), countMap(unmapped)}};
}
