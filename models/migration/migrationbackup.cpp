#include "migration/migrationbackup.h"

#include "backup/backupcontentwriter.h"
#include "backup/backupdumper.h"
#include "backup/backupwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace {
// The base-table column holding the entity's user key, or empty (then the whole table is out of
// reach of a per-user scope and is skipped).
QString userColumn(const AdapterEntity &e)
{
    const AdapterFieldMapping *m = e.mapping(QStringLiteral("user_key"));
    if (!m || m->columns.isEmpty() || m->columns.first().alias != e.alias)
        return {};
    return m->columns.first().column;
}
} // namespace

MigrationBackup::MigrationBackup(const MigrationPlan &plan, const Adapter &source, const Adapter &target)
    : m_plan(plan), m_source(source), m_target(target)
{
}

Result<QString> MigrationBackup::fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        DbError e;
        e.kind = DbError::Kind::Io;
        e.message = QCoreApplication::translate("MigrationBackup", "Cannot read the backup file %1.").arg(path);
        e.serverText = f.errorString();
        return e;
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> MigrationBackup::write(PgSession &sourceSession, PgSession &targetSession, const Settings &settings,
                                       const QUuid &runId, const QSet<QString> &sourceUsers,
                                       const QStringList &mergedTargetUsers, const std::atomic<bool> *cancel)
{
    QStringList users(sourceUsers.cbegin(), sourceUsers.cend());
    std::sort(users.begin(), users.end());
    BackupWriter writer;
    BackupHeader header;
    header.runId = runId.toString(QUuid::WithoutBraces);
    if (settings.scrypt)
        header.scrypt = *settings.scrypt;
    header.metadata.insert(QStringLiteral("source"), m_plan.source);
    header.metadata.insert(QStringLiteral("target"), m_plan.target);
    header.metadata.insert(QStringLiteral("plan_fingerprint"), m_plan.fingerprint());
    if (DbError e = writer.open(settings.path, settings.secret, header); e.isError())
        return e;
    BackupContentWriter content(writer);
    QSet<QString> done;
    auto dump = [&](PgSession &session, const QString &schema, const AdapterEntity &e, const QStringList &keys) -> DbError {
        const QString column = userColumn(e);
        if (column.isEmpty() || done.contains(schema + QLatin1Char('.') + e.table))
            return {};
        done.insert(schema + QLatin1Char('.') + e.table);
        BackupDumper dumper(session, content);
        dumper.setCancelFlag(cancel);
        auto rows = dumper.dump(BackupScope{schema, e.table, column, keys, {}, {}});
        return rows ? DbError{} : rows.error();
    };
    for (const QString &entity : m_plan.entities)
        if (const AdapterEntity *e = m_source.entity(entity))
            if (DbError err = dump(sourceSession, m_source.schema, *e, users); err.isError()) {
                writer.cancel();
                return err;
            }
    if (const AdapterEntity *e = m_target.entity(QStringLiteral("user")); e && !mergedTargetUsers.isEmpty()) {
        done.clear(); // another database: same names may repeat
        if (DbError err = dump(targetSession, m_target.schema, *e, mergedTargetUsers); err.isError()) {
            writer.cancel();
            return err;
        }
    }
    if (DbError e = content.finish(); e.isError())
        return e;
    return fileSha256(settings.path);
}
