#include "backup/backuprestorer.h"

#include "backup/backupcontentreader.h"
#include "backup/backupcrypto.h"
#include "backup/backupdumper.h"
#include "backup/backupreader.h"
#include "backup/backupverifier.h"
#include "db/pgsession.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BackupRestorer", text);
}

DbError problem(const QString &message, const QString &detail)
{
    return DbError::make(DbError::Kind::Query, message, {}, {}, detail);
}

// RestoreChanged: the non-key columns go back to the backed-up values, only where the row's text
// differs (an identical row is not rewritten). InsertMissing leaves existing rows alone.
std::string onConflict(const BackupTable &table, BackupRestorer::Mode mode)
{
    std::string sets, live, backed;
    for (const BackupTable::Column &c : table.columns) {
        if (table.primaryKey.contains(c.name))
            continue;
        const std::string column = PgSession::quoteIdent(c.name.toStdString());
        sets += (sets.empty() ? "" : ", ") + column + " = EXCLUDED." + column;
        live += (live.empty() ? "" : ", ") + std::string("\"zq_live\".") + column;
        backed += (backed.empty() ? "" : ", ") + std::string("EXCLUDED.") + column;
    }
    if (mode != BackupRestorer::Mode::RestoreChanged || sets.empty() || table.primaryKey.isEmpty())
        return " DO NOTHING";
    return " DO UPDATE SET " + sets + " WHERE (ROW(" + live + ")::text) IS DISTINCT FROM (ROW(" + backed + ")::text)";
}
} // namespace

qint64 BackupRestoreReport::mismatches() const
{
    qint64 n = 0;
    for (const Table &t : tables)
        n += t.mismatches;
    return n;
}

BackupRestorer::BackupRestorer(PgSession &session) : m_session(session) {}

Result<BackupRestoreReport> BackupRestorer::restore(const QString &path, const BackupSecret &secret, Mode mode)
{
    BackupReader reader;
    if (DbError e = reader.open(path); e.isError())
        return e;
    if (DbError e = reader.unlock(secret); e.isError())
        return e;
    // First pass: the whole file must be intact before anything is written.
    Result<BackupSummary> verified = BackupVerifier::verify(reader);
    if (!verified)
        return verified.error();
    if (DbError e = reader.rewind(); e.isError())
        return e;
    BackupContentReader content(reader);

    if (DbError e = BackupDumper::fixOutputSettings(m_session); e.isError())
        return e;
    if (DbError e = m_session.begin(); e.isError())
        return e;
    auto fail = [this](const DbError &e) -> Result<BackupRestoreReport> {
        m_session.rollback();
        return e;
    };

    BackupRestoreReport report;
    Result<BackupItem> item = content.next();
    if (!item)
        return fail(item.error());
    std::vector<QByteArray> hashes;
    for (int section = 0; item->kind == BackupItem::Kind::Table; ++section) {
        const BackupTable table = item->table;
        if (m_filter && !m_filter(section, table)) {
            do // read past the section's rows (still checked by the content reader)
                item = content.next();
            while (item && item->kind == BackupItem::Kind::Row);
            if (!item)
                return fail(item.error());
            continue;
        }
        BackupRestoreReport::Table entry;
        entry.name = table.qualifiedName();
        Result<bool> created = prepareTable(table, mode);
        if (!created)
            return fail(created.error());
        entry.created = *created;

        hashes.clear();
        std::optional<BackupItem> following;
        Result<qint64> loaded = load(content, table, mode, hashes, following);
        if (!loaded)
            return fail(loaded.error());
        entry.inBackup = qint64(hashes.size());
        entry.restored = *loaded;
        entry.alreadyPresent = entry.inBackup - entry.restored;
        Result<qint64> mismatches = compare(table, hashes, mode);
        if (!mismatches)
            return fail(mismatches.error());
        entry.mismatches = *mismatches;
        if (!entry.created)
            if (DbError e = advanceSequences(table); e.isError())
                return fail(e);
        report.tables.push_back(entry);
        if (!following)
            return fail(problem(tr("The backup could not be read to its end."), table.qualifiedName()));
        item = std::move(*following);
    }

    if (report.mismatches() > 0) {
        m_session.rollback();
        return report;
    }
    const PgSession::CommitResult commit = m_session.commit();
    if (!commit.committed())
        return commit.error;
    report.committed = true;
    return report;
}

DbError BackupRestorer::checkTypeName(const QString &type)
{
    // Type names reach DDL text; they come from an authenticated file, but are still checked to be
    // nothing but a type the server knows.
    if (type.contains(QLatin1Char(';')) || type.contains(QLatin1Char('\'')) || type.contains(QLatin1String("--"))
        || type.contains(QLatin1String("/*")))
        return problem(tr("The backup names a column type that is not valid."), type);
    Result<PgRows> known = m_session.execParams("SELECT to_regtype($1) IS NOT NULL", {type.toStdString()});
    if (!known)
        return known.error();
    if (known->rows.at(0).at(0).value_or("f") != "t")
        return problem(tr("The backup names a column type this database does not know."), type);
    return {};
}

Result<bool> BackupRestorer::prepareTable(const BackupTable &table, Mode mode)
{
    Result<PgRows> exists = m_session.execParams("SELECT to_regclass($1) IS NOT NULL", {table.quotedName()});
    if (!exists)
        return exists.error();
    if (exists->rows.at(0).at(0).value_or("f") != "t") {
        std::string ddl = "CREATE SCHEMA IF NOT EXISTS " + PgSession::quoteIdent(table.schema.toStdString()) + ";\nCREATE TABLE "
            + table.quotedName() + " (";
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            if (DbError e = checkTypeName(table.columns[i].type); e.isError())
                return e;
            ddl += (i ? ", " : "") + PgSession::quoteIdent(table.columns[i].name.toStdString()) + ' '
                + table.columns[i].type.toStdString();
        }
        if (!table.primaryKey.isEmpty()) {
            ddl += ", PRIMARY KEY (";
            for (qsizetype i = 0; i < table.primaryKey.size(); ++i)
                ddl += (i ? ", " : "") + PgSession::quoteIdent(table.primaryKey.at(i).toStdString());
            ddl += ')';
        }
        Result<std::int64_t> created = m_session.exec(ddl + ')');
        if (!created)
            return created.error();
        return true;
    }

    Result<BackupTable> live = BackupDumper::describe(m_session, table.schema, table.name);
    if (!live)
        return live.error();
    for (const BackupTable::Column &c : table.columns) {
        const bool found = std::any_of(live->columns.begin(), live->columns.end(),
                                       [&](const BackupTable::Column &l) { return l.name == c.name; });
        if (!found)
            return problem(tr("The table in the database lacks a column the backup has."), table.qualifiedName() + QLatin1Char('.') + c.name);
    }
    if (mode == Mode::IntoEmpty) {
        Result<PgRows> any = m_session.execParams("SELECT EXISTS (SELECT 1 FROM " + table.quotedName() + ")");
        if (!any)
            return any.error();
        if (any->rows.at(0).at(0).value_or("f") == "t")
            return problem(tr("The table already has rows; restore into an empty database, or insert only the missing rows."),
                           table.qualifiedName());
    } else if (live->primaryKey.isEmpty()) {
        return problem(tr("Only missing rows can be restored into a table with a primary key."), table.qualifiedName());
    }
    return false;
}

Result<qint64> BackupRestorer::load(BackupContentReader &content, const BackupTable &table, Mode mode,
                                    std::vector<QByteArray> &hashes, std::optional<BackupItem> &following)
{
    std::string target = table.quotedName();
    if (mode != Mode::IntoEmpty) {
        // A temporary copy with the live table's column types; only absent keys move on from it.
        target = PgSession::quoteIdent("zq_restore_" + std::to_string(++m_tempCounter));
        Result<std::int64_t> temp = m_session.exec("CREATE TEMPORARY TABLE " + target + " ON COMMIT DROP AS SELECT "
                                                   + table.quotedColumns() + " FROM " + table.quotedName() + " WITH NO DATA");
        if (!temp)
            return temp.error();
    }
    DbError failure;
    Result<std::int64_t> copied = m_session.copyIn(
        "COPY " + target + " (" + table.quotedColumns() + ") FROM STDIN", [&](std::string &chunk) {
            while (chunk.size() < PgSession::kChunkBytes) {
                if (m_cancel && m_cancel->load()) {
                    failure = DbError::make(DbError::Kind::Cancelled, tr("The restore was cancelled; nothing of it was kept."));
                    return PgSession::Produce::Abort;
                }
                Result<BackupItem> item = content.next();
                if (!item) {
                    failure = item.error();
                    return PgSession::Produce::Abort;
                }
                if (item->kind != BackupItem::Kind::Row) {
                    following = std::move(*item);
                    return PgSession::Produce::Done;
                }
                chunk.append(item->row.constData(), std::size_t(item->row.size())).push_back('\n');
                hashes.push_back(item->rowHash);
            }
            return PgSession::Produce::More;
        });
    if (failure.isError())
        return failure;
    if (!copied)
        return copied.error();
    if (mode == Mode::IntoEmpty)
        return qint64(*copied);
    std::string conflict;
    for (const QString &k : table.primaryKey) // the backup's key; prepareTable checked the live one exists
        conflict += (conflict.empty() ? "" : ", ") + PgSession::quoteIdent(k.toStdString());
    // OVERRIDING SYSTEM VALUE: the backed-up values of GENERATED ALWAYS identity columns go back as they were.
    Result<std::int64_t> inserted = m_session.exec("INSERT INTO " + table.quotedName() + " AS \"zq_live\" ("
                                                   + table.quotedColumns() + ") OVERRIDING SYSTEM VALUE SELECT "
                                                   + table.quotedColumns() + " FROM " + target + " ON CONFLICT"
                                                   + (conflict.empty() ? "" : " (" + conflict + ")") + onConflict(table, mode));
    if (!inserted)
        return inserted.error();
    return qint64(*inserted);
}

Result<qint64> BackupRestorer::compare(const BackupTable &table, std::vector<QByteArray> &backupHashes, Mode mode)
{
    std::vector<QByteArray> live;
    live.reserve(backupHashes.size());
    Result<qint64> read = BackupDumper::copyRows(m_session, table, {}, [&](QByteArrayView line) {
        if (line.endsWith('\n'))
            line.chop(1);
        live.push_back(BackupCrypto::sha256(line));
        return DbError();
    });
    if (!read)
        return read.error();
    std::sort(backupHashes.begin(), backupHashes.end());
    std::sort(live.begin(), live.end());
    std::vector<QByteArray> missing; // backed-up rows not found unchanged
    std::set_difference(backupHashes.begin(), backupHashes.end(), live.begin(), live.end(), std::back_inserter(missing));
    if (mode != Mode::IntoEmpty)
        return qint64(missing.size());
    std::vector<QByteArray> extra; // rows that are there but not in the backup
    std::set_difference(live.begin(), live.end(), backupHashes.begin(), backupHashes.end(), std::back_inserter(extra));
    return qint64(missing.size() + extra.size());
}

DbError BackupRestorer::advanceSequences(const BackupTable &table)
{
    for (const BackupTable::Column &c : table.columns) {
        Result<PgRows> seq = m_session.execParams("SELECT pg_get_serial_sequence($1, $2)", {table.quotedName(), c.name.toStdString()});
        if (!seq)
            return seq.error();
        const std::optional<std::string> name = seq->rows.at(0).at(0);
        if (!name)
            continue;
        const std::string column = PgSession::quoteIdent(c.name.toStdString());
        // Never backwards (as TargetSequences): after a rollback deleted rows, moving the sequence
        // down to max() would hand out again keys that other systems may have seen.
        Result<PgRows> set = m_session.execParams("SELECT setval($1::regclass, GREATEST(m, coalesce(pg_sequence_last_value($1::regclass), m)))"
                                                  " FROM (SELECT max(" + column + ")::bigint AS m FROM "
                                                  + table.quotedName() + ") AS t WHERE m IS NOT NULL",
                                                  {*name});
        if (!set)
            return set.error();
    }
    return {};
}
