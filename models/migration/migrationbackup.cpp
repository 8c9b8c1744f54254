#include "migration/migrationbackup.h"

#include "backup/backupcontentwriter.h"
#include "backup/backupdumper.h"
#include "backup/backupwriter.h"
#include "db/pgparam.h"

#include <QCoreApplication>
#include "backup/backupcrypto.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

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
    BackupCrypto::Sha256 h;
    QByteArray buffer;
    while (!(buffer = f.read(1 << 20)).isEmpty())
        h.add(buffer);
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> MigrationBackup::write(PgSession &sourceSession, PgSession &targetSession, const Settings &settings,
                                       const QUuid &runId, const QSet<QString> *sourceUsers,
                                       const QStringList &mergedTargetUsers, const std::atomic<bool> *cancel)
{
    QStringList users;
    if (sourceUsers)
        users = QStringList(sourceUsers->cbegin(), sourceUsers->cend());
    std::sort(users.begin(), users.end());

    // The sections, in file order, decided before the header is written: the header says which
    // side each section is from, so a rollback writes back only the target's (the same schema
    // and table name can exist on both sides).
    struct Section
    {
        bool target = false;
        QString schema, table, column;
        QString condition; // a joined table: its rows that belong to the base table's rows in scope
    };
    std::vector<Section> sections;
    auto seen = [&sections](bool target, const QString &schema, const QString &table) {
        return std::any_of(sections.begin(), sections.end(), [&](const Section &s) {
            return s.target == target && s.schema == schema && s.table == table;
        });
    };
    auto plan = [&](bool target, const QString &schema, const AdapterEntity &e) {
        const QString column = userColumn(e);
        if (column.isEmpty() || seen(target, schema, e.table))
            return;
        sections.push_back({target, schema, e.table, column, {}});
        // Tables joined straight to the base table carry part of the records (dedao refunds):
        // their rows whose join columns match a base row of a user in scope.
        for (const AdapterJoin &j : e.joins) {
            QStringList joined, base;
            for (const auto &[left, right] : j.on) {
                const AdapterColumnRef &mine = left.alias == j.alias ? left : right;
                const AdapterColumnRef &theirs = left.alias == j.alias ? right : left;
                if (mine.alias != j.alias || theirs.alias != e.alias)
                    break;
                joined << QString::fromStdString(PgSession::quoteIdent(mine.column.toStdString()));
                base << QString::fromStdString(PgSession::quoteIdent(theirs.column.toStdString()));
            }
            if (joined.isEmpty() || joined.size() != j.on.size() || seen(target, schema, j.table))
                continue;
            const QString baseTable = QString::fromStdString(PgSession::quoteIdent(schema.toStdString())) + QLatin1Char('.')
                + QString::fromStdString(PgSession::quoteIdent(e.table.toStdString()));
            const QString condition = QStringLiteral("(%1) IN (SELECT %2 FROM %3 WHERE %4::text = ANY($1::text[]))")
                                          .arg(joined.join(QStringLiteral(", ")), base.join(QStringLiteral(", ")), baseTable,
                                               QString::fromStdString(PgSession::quoteIdent(column.toStdString())));
            sections.push_back({target, schema, j.table, {}, condition});
        }
    };
    for (const QString &entity : m_plan.entities)
        if (const AdapterEntity *e = m_source.entity(entity))
            plan(false, m_source.schema, *e);
    if (const AdapterEntity *e = m_target.entity(QStringLiteral("user")); e && !mergedTargetUsers.isEmpty())
        plan(true, m_target.schema, *e);

    BackupWriter writer;
    BackupHeader header;
    header.runId = runId.toString(QUuid::WithoutBraces);
    if (settings.scrypt)
        header.scrypt = *settings.scrypt;
    header.metadata.insert(QStringLiteral("source"), m_plan.source);
    header.metadata.insert(QStringLiteral("target"), m_plan.target);
    header.metadata.insert(QStringLiteral("plan_fingerprint"), m_plan.fingerprint());
    QJsonArray listed;
    for (const Section &s : sections)
        listed.append(QJsonObject{{QStringLiteral("side"), s.target ? QStringLiteral("target") : QStringLiteral("source")},
                                  {QStringLiteral("table"), s.schema + QLatin1Char('.') + s.table}});
    header.metadata.insert(QLatin1String(kSectionsKey), listed);
    if (DbError e = writer.open(settings.path, settings.secret, header); e.isError())
        return e;
    BackupContentWriter content(writer);
    for (const Section &s : sections) {
        BackupDumper dumper(s.target ? targetSession : sourceSession, content);
        dumper.setCancelFlag(cancel);
        const QStringList &keys = s.target ? mergedTargetUsers : users;
        const bool whole = !s.target && !sourceUsers; // scope "all": the whole table
        auto rows = whole ? dumper.dump(BackupScope{s.schema, s.table, {}, {}, {}, {}})
            : s.condition.isEmpty()
            ? dumper.dump(BackupScope{s.schema, s.table, s.column, keys, {}, {}})
            : dumper.dump(BackupScope{s.schema, s.table, {}, {}, s.condition, {QString::fromStdString(PgParam::textArray(keys))}});
        if (!rows) {
            writer.cancel();
            return rows.error();
        }
    }
    if (DbError e = content.finish(); e.isError())
        return e;
    return fileSha256(settings.path);
}

std::optional<QList<int>> MigrationBackup::targetSections(const BackupHeader &header)
{
    const QJsonValue listed = header.metadata.value(QLatin1String(kSectionsKey));
    if (!listed.isArray())
        return std::nullopt;
    QList<int> out;
    const QJsonArray sections = listed.toArray();
    for (qsizetype i = 0; i < sections.size(); ++i)
        if (sections.at(i).toObject().value(QStringLiteral("side")).toString() == QLatin1String("target"))
            out.append(int(i));
    return out;
}
