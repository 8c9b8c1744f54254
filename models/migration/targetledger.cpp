#include "migration/targetledger.h"

#include "db/pgparam.h"

#include <QCoreApplication>

const char *const TargetLedger::kSchema = "zhiqiao_migration";

namespace {
using PgParam::text;
using PgParam::textOrNull;
const auto uuidText = PgParam::uuid;

QString tr(const char *text)
{
    return QCoreApplication::translate("TargetLedger", text);
}

// Serialises concurrent ensureSchema calls (two engines starting against one target).
constexpr const char *kSchemaLockKey = "7405117046352718081";

std::string table(const char *name)
{
    return PgParam::table(TargetLedger::kSchema, name);
}

std::optional<std::string> hexOrNull(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    return "\\x" + bytes.toHex().toStdString();
}

QString qstr(const std::optional<std::string> &v)
{
    return v ? QString::fromStdString(*v) : QString();
}

QDateTime fromMillis(const std::optional<std::string> &v)
{
    if (!v)
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::stoll(*v), Qt::UTC);
}

DbError errorOf(const Result<std::int64_t> &r)
{
    return r.ok() ? DbError{} : r.error();
}

// Loads rows with COPY (text format) in 64 KiB chunks; `appendRow(i, buffer)` writes row i
// without its newline.
DbError copyRows(PgSession &s, const char *tableName, const std::vector<const char *> &columns,
                 std::size_t count, const std::function<void(std::size_t, std::string &)> &appendRow)
{
    if (count == 0)
        return {};
    std::string sql = "COPY " + table(tableName) + " (";
    for (std::size_t i = 0; i < columns.size(); ++i)
        sql += (i ? ", " : "") + PgSession::quoteIdent(columns[i]);
    sql += ") FROM STDIN";
    std::size_t next = 0;
    return errorOf(s.copyIn(sql, [&](std::string &chunk) {
        while (next < count && chunk.size() < PgSession::kChunkBytes) {
            appendRow(next++, chunk);
            chunk += '\n';
        }
        return next < count ? PgSession::Produce::More : PgSession::Produce::Done;
    }));
}

void field(std::string &out, const std::optional<std::string> &value, bool first = false)
{
    if (!first)
        out += '\t';
    PgSession::appendCopyText(out, value ? std::optional<std::string_view>(*value) : std::nullopt);
}

std::vector<std::string> schemaV1()
{
    const std::string runs = table("runs"), batches = table("batches"), ledger = table("ledger"),
                      quarantine = table("quarantine"), outbox = table("notification_outbox");
    return {
        "CREATE TABLE " + runs + " (\"run_id\" uuid PRIMARY KEY, \"plan_fingerprint\" text NOT NULL,"
        " \"source_description\" text NOT NULL, \"target_description\" text NOT NULL, \"status\" text NOT NULL,"
        " \"started_at\" timestamptz NOT NULL DEFAULT clock_timestamp(), \"finished_at\" timestamptz)",
        "CREATE INDEX \"runs_pair_idx\" ON " + runs + " (\"source_description\", \"target_description\")",
        "CREATE TABLE " + batches + " (\"run_id\" uuid NOT NULL REFERENCES " + runs + " ON DELETE CASCADE,"
        " \"entity\" text NOT NULL, \"batch_no\" integer NOT NULL, \"first_source_key\" text, \"last_source_key\" text,"
        " \"rows\" bigint NOT NULL, \"batch_sha256\" bytea, \"committed_at\" timestamptz NOT NULL DEFAULT clock_timestamp(),"
        " PRIMARY KEY (\"run_id\", \"entity\", \"batch_no\"))",
        // No foreign keys on the big tables: a per-row check would slow the COPY of millions of
        // rows; deleteRun removes them explicitly.
        "CREATE TABLE " + ledger + " (\"run_id\" uuid NOT NULL, \"entity\" text NOT NULL, \"batch_no\" integer NOT NULL,"
        " \"source_key\" text NOT NULL, \"target_key\" text,"
        " \"outcome\" text NOT NULL CHECK (\"outcome\" IN ('created', 'merged', 'skipped')), \"record_sha256\" bytea,"
        " PRIMARY KEY (\"run_id\", \"entity\", \"source_key\"))",
        "CREATE INDEX \"ledger_target_key_idx\" ON " + ledger + " (\"entity\", \"target_key\")",
        "CREATE TABLE " + quarantine + " (\"run_id\" uuid NOT NULL, \"entity\" text NOT NULL, \"batch_no\" integer NOT NULL,"
        " \"source_key\" text NOT NULL, \"reason_code\" text NOT NULL, \"reason\" text NOT NULL, \"source_record\" jsonb,"
        " \"created_at\" timestamptz NOT NULL DEFAULT clock_timestamp(), PRIMARY KEY (\"run_id\", \"entity\", \"source_key\"))",
        "CREATE TABLE " + outbox + " (\"id\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \"run_id\" uuid NOT NULL,"
        " \"target_user_key\" text NOT NULL, \"payload\" jsonb NOT NULL,"
        " \"created_at\" timestamptz NOT NULL DEFAULT clock_timestamp(), \"sent_at\" timestamptz)",
        "CREATE INDEX \"notification_outbox_run_idx\" ON " + outbox + " (\"run_id\")",
    };
}

// Version 2, for speed: a ledger or quarantine row costs about what the migrated row costs, not
// several times that.
// - Keys compare byte-wise (COLLATE "C"); with the database's default collation every comparison
//   went through strcoll.
// - No B-tree over every row. A record cannot be in the ledger twice because its batch row cannot
//   (the batches' primary key; recordBatch writes it first), so the per-row primary keys only
//   cost. A run's rows are appended together, so a BRIN index on (run_id, batch_no) finds them
//   for the per-run statements (counts, validation, rollback) at almost no cost per row. Only
//   users are looked up by source key on the hot path (every order's buyer): a partial index.
// - No index on target keys: no hot statement uses one (rollback's cross-run check hashes).
std::vector<std::string> schemaV2()
{
    const std::string ledger = table("ledger"), quarantine = table("quarantine");
    const std::string schema = PgSession::quoteIdent(TargetLedger::kSchema);
    return {
        "ALTER TABLE " + ledger + " DROP CONSTRAINT IF EXISTS \"ledger_pkey\","
        " ALTER COLUMN \"entity\" TYPE text COLLATE \"C\","
        " ALTER COLUMN \"source_key\" TYPE text COLLATE \"C\", ALTER COLUMN \"target_key\" TYPE text COLLATE \"C\"",
        "DROP INDEX IF EXISTS " + schema + ".\"ledger_target_key_idx\"",
        "CREATE INDEX \"ledger_run_brin\" ON " + ledger + " USING brin (\"run_id\", \"batch_no\") WITH (autosummarize = on)",
        "CREATE INDEX \"ledger_user_source_idx\" ON " + ledger + " (\"run_id\", \"source_key\") WHERE \"entity\" = 'user'",
        "ALTER TABLE " + quarantine + " DROP CONSTRAINT IF EXISTS \"quarantine_pkey\","
        " ALTER COLUMN \"entity\" TYPE text COLLATE \"C\", ALTER COLUMN \"source_key\" TYPE text COLLATE \"C\"",
        "CREATE INDEX \"quarantine_run_brin\" ON " + quarantine + " USING brin (\"run_id\", \"batch_no\") WITH (autosummarize = on)",
        // The transaction counter when the run began: rows written since then are the only ones
        // the run (or anyone after it) can have duplicated. Runs recorded before have none.
        "ALTER TABLE " + table("runs") + " ADD COLUMN \"started_xid\" bigint",
        "ALTER TABLE " + table("runs") + " ALTER COLUMN \"started_xid\" SET DEFAULT txid_current()",
    };
}

DbError applySchema(PgSession &s)
{
    if (auto r = s.execParams("SELECT pg_advisory_xact_lock($1::bigint)", {kSchemaLockKey}); !r.ok())
        return r.error();
    const std::string schema = PgSession::quoteIdent(TargetLedger::kSchema);
    if (auto r = s.exec("CREATE SCHEMA IF NOT EXISTS " + schema + ";CREATE TABLE IF NOT EXISTS " + table("schema_version")
                        + " (\"version\" integer PRIMARY KEY, \"applied_at\" timestamptz NOT NULL DEFAULT clock_timestamp())");
        !r.ok())
        return r.error();
    auto current = TargetLedger::schemaVersion(s);
    if (!current.ok())
        return current.error();
    if (*current > TargetLedger::kSchemaVersion)
        return DbError::make(DbError::Kind::Other,
            tr("The target's migration ledger was created by a newer Zhiqiao (schema version %1); update Zhiqiao.").arg(*current));
    const std::vector<std::vector<std::string>> versions{schemaV1(), schemaV2()};
    for (int v = *current + 1; v <= TargetLedger::kSchemaVersion; ++v) {
        for (const std::string &sql : versions[std::size_t(v - 1)])
            if (auto r = s.exec(sql); !r.ok())
                return r.error();
        if (auto r = s.execParams("INSERT INTO " + table("schema_version") + " (\"version\") VALUES ($1::int)",
                                  {std::to_string(v)});
            !r.ok())
            return r.error();
    }
    return {};
}
} // namespace

QString TargetLedger::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created: return QStringLiteral("created");
    case Outcome::Merged: return QStringLiteral("merged");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("created");
}

std::optional<TargetLedger::Outcome> TargetLedger::outcomeFromName(const QString &name)
{
    for (Outcome o : {Outcome::Created, Outcome::Merged, Outcome::Skipped})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

Result<int> TargetLedger::schemaVersion(PgSession &s)
{
    auto exists = s.execParams("SELECT to_regclass($1) IS NOT NULL", {table("schema_version")});
    if (!exists.ok())
        return exists.error();
    if (exists->rows[0][0] != std::optional<std::string>("t"))
        return 0;
    auto v = s.execParams("SELECT coalesce(max(\"version\"), 0) FROM " + table("schema_version"));
    if (!v.ok())
        return v.error();
    return std::stoi(*v->rows[0][0]);
}

DbError TargetLedger::ensureSchema(PgSession &s)
{
    if (s.inTransaction())
        return applySchema(s);
    if (DbError e = s.begin(); e.isError())
        return e;
    if (DbError e = applySchema(s); e.isError()) {
        s.rollback();
        return e;
    }
    const PgSession::CommitResult c = s.commit();
    return c.committed() ? DbError{} : c.error;
}

DbError TargetLedger::recordRun(PgSession &s, const Run &r)
{
    auto ins = s.execParams("INSERT INTO " + table("runs")
            + " (\"run_id\", \"plan_fingerprint\", \"source_description\", \"target_description\", \"status\")"
              " VALUES ($1::uuid, $2, $3, $4, $5) ON CONFLICT (\"run_id\") DO NOTHING",
        {uuidText(r.runId), text(r.planFingerprint), text(r.source), text(r.target), text(r.status)});
    if (!ins.ok())
        return ins.error();
    if (ins->affected == 1)
        return {};
    auto existing = run(s, r.runId);
    if (!existing.ok())
        return existing.error();
    if (!*existing || (*existing)->planFingerprint != r.planFingerprint || (*existing)->source != r.source
        || (*existing)->target != r.target)
        return DbError::make(DbError::Kind::Other,
            tr("This run was started with a different plan, source or target; it cannot be continued with these."),
            {}, {}, r.runId.toString(QUuid::WithoutBraces));
    return {};
}

Result<std::optional<TargetLedger::Run>> TargetLedger::run(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams("SELECT \"plan_fingerprint\", \"source_description\", \"target_description\", \"status\","
                             " (extract(epoch FROM \"started_at\") * 1000)::bigint,"
                             " (extract(epoch FROM \"finished_at\") * 1000)::bigint FROM "
            + table("runs") + " WHERE \"run_id\" = $1::uuid",
        {uuidText(runId)});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return std::optional<Run>();
    const auto &row = rows->rows[0];
    Run out;
    out.runId = runId;
    out.planFingerprint = qstr(row[0]);
    out.source = qstr(row[1]);
    out.target = qstr(row[2]);
    out.status = qstr(row[3]);
    out.startedAt = fromMillis(row[4]);
    out.finishedAt = fromMillis(row[5]);
    return std::optional<Run>(out);
}

DbError TargetLedger::updateRunStatus(PgSession &s, const QUuid &runId, const QString &status, bool finished)
{
    auto r = s.execParams("UPDATE " + table("runs") + " SET \"status\" = $2,"
                          " \"finished_at\" = CASE WHEN $3::boolean THEN clock_timestamp() END WHERE \"run_id\" = $1::uuid",
        {uuidText(runId), text(status), finished ? "true" : "false"});
    if (!r.ok())
        return r.error();
    if (r->affected != 1)
        return DbError::make(DbError::Kind::Other, tr("The target's migration ledger has no record of this run."),
                             {}, {}, runId.toString(QUuid::WithoutBraces));
    return {};
}

DbError TargetLedger::recordBatch(PgSession &s, const QUuid &runId, const Batch &b)
{
    const std::string run = uuidText(runId);
    const std::string entity = b.entity.toStdString();
    const std::string batchNo = std::to_string(b.batchNo);
    const std::int64_t rows = static_cast<std::int64_t>(b.entries.size() + b.quarantined.size());
    auto ins = s.execParams("INSERT INTO " + table("batches")
            + " (\"run_id\", \"entity\", \"batch_no\", \"first_source_key\", \"last_source_key\", \"rows\", \"batch_sha256\")"
              " VALUES ($1::uuid, $2, $3::int, $4, $5, $6::bigint, $7::bytea)",
        {run, entity, batchNo, textOrNull(b.firstSourceKey), textOrNull(b.lastSourceKey), std::to_string(rows),
         hexOrNull(b.batchSha256)});
    if (!ins.ok())
        return ins.error();

    DbError e = copyRows(s, "ledger", {"run_id", "entity", "batch_no", "source_key", "target_key", "outcome", "record_sha256"},
        b.entries.size(), [&](std::size_t i, std::string &out) {
            const Entry &en = b.entries[i];
            field(out, run, true);
            field(out, entity);
            field(out, batchNo);
            field(out, en.sourceKey.toStdString());
            field(out, en.targetKey.isEmpty() ? std::nullopt : std::optional<std::string>(en.targetKey.toStdString()));
            field(out, outcomeName(en.outcome).toStdString());
            field(out, hexOrNull(en.recordSha256));
        });
    if (e.isError())
        return e;
    e = copyRows(s, "quarantine", {"run_id", "entity", "batch_no", "source_key", "reason_code", "reason", "source_record"},
        b.quarantined.size(), [&](std::size_t i, std::string &out) {
            const Quarantined &q = b.quarantined[i];
            field(out, run, true);
            field(out, entity);
            field(out, batchNo);
            field(out, q.sourceKey.toStdString());
            field(out, q.reasonCode.toStdString());
            field(out, q.reason.toStdString());
            field(out, q.sourceRecordJson.isEmpty() ? std::nullopt : std::optional<std::string>(q.sourceRecordJson.toStdString()));
        });
    if (e.isError())
        return e;
    return copyRows(s, "notification_outbox", {"run_id", "target_user_key", "payload"},
        b.notifications.size(), [&](std::size_t i, std::string &out) {
            const Notification &n = b.notifications[i];
            field(out, run, true);
            field(out, n.targetUserKey.toStdString());
            field(out, n.payloadJson.toStdString());
        });
}

Result<std::optional<TargetLedger::BatchInfo>> TargetLedger::lastCommittedBatch(PgSession &s, const QUuid &runId, const QString &entity)
{
    auto rows = s.execParams("SELECT \"batch_no\", \"first_source_key\", \"last_source_key\", \"rows\","
                             " encode(\"batch_sha256\", 'hex'), (extract(epoch FROM \"committed_at\") * 1000)::bigint FROM "
            + table("batches") + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 ORDER BY \"batch_no\" DESC LIMIT 1",
        {uuidText(runId), text(entity)});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return std::optional<BatchInfo>();
    const auto &row = rows->rows[0];
    BatchInfo b;
    b.batchNo = std::stoi(*row[0]);
    b.firstSourceKey = qstr(row[1]);
    b.lastSourceKey = qstr(row[2]);
    b.rows = std::stoll(*row[3]);
    b.batchSha256 = QByteArray::fromHex(QByteArray::fromStdString(row[4].value_or(std::string())));
    b.committedAt = fromMillis(row[5]);
    return std::optional<BatchInfo>(b);
}

Result<bool> TargetLedger::batchCommitted(PgSession &s, const QUuid &runId, const QString &entity, int batchNo)
{
    auto rows = s.execParams("SELECT 1 FROM " + table("batches")
            + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"batch_no\" = $3::int",
        {uuidText(runId), text(entity), std::to_string(batchNo)});
    if (!rows.ok())
        return rows.error();
    return !rows->empty();
}

Result<QMap<QString, TargetLedger::OutcomeCounts>> TargetLedger::ledgerCounts(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams("SELECT \"entity\", \"outcome\", count(*) FROM " + table("ledger")
            + " WHERE \"run_id\" = $1::uuid GROUP BY 1, 2",
        {uuidText(runId)});
    if (!rows.ok())
        return rows.error();
    QMap<QString, OutcomeCounts> out;
    for (const auto &row : rows->rows) {
        OutcomeCounts &c = out[qstr(row[0])];
        const std::int64_t n = std::stoll(*row[2]);
        switch (outcomeFromName(qstr(row[1])).value_or(Outcome::Created)) {
        case Outcome::Created: c.created += n; break;
        case Outcome::Merged: c.merged += n; break;
        case Outcome::Skipped: c.skipped += n; break;
        }
    }
    return out;
}

Result<QMap<QString, QMap<QString, std::int64_t>>> TargetLedger::quarantineCounts(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams("SELECT \"entity\", \"reason_code\", count(*) FROM " + table("quarantine")
            + " WHERE \"run_id\" = $1::uuid GROUP BY 1, 2",
        {uuidText(runId)});
    if (!rows.ok())
        return rows.error();
    QMap<QString, QMap<QString, std::int64_t>> out;
    for (const auto &row : rows->rows)
        out[qstr(row[0])][qstr(row[1])] = std::stoll(*row[2]);
    return out;
}

Result<std::int64_t> TargetLedger::targetKeys(PgSession &s, const QUuid &runId, const QString &entity, const TargetKeyCallback &onKey)
{
    return s.streamQuery("SELECT \"source_key\", \"target_key\", \"outcome\" FROM " + table("ledger")
            + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 ORDER BY \"source_key\"",
        {uuidText(runId), text(entity)}, [&](const PgSession::Row &row) {
            return onKey(QString::fromUtf8(row.view(0).data(), static_cast<qsizetype>(row.view(0).size())),
                         QString::fromUtf8(row.view(1).data(), static_cast<qsizetype>(row.view(1).size())),
                         outcomeFromName(QString::fromLatin1(row.view(2).data(), static_cast<qsizetype>(row.view(2).size())))
                             .value_or(Outcome::Created));
        });
}

Result<QMap<QString, QString>> TargetLedger::translateKeys(PgSession &s, const QUuid &runId, const QString &entity,
                                                           const QStringList &sourceKeys, KeyScope scope)
{
    QMap<QString, QString> out;
    if (sourceKeys.isEmpty())
        return out;
    const std::string ledger = table("ledger"), runs = table("runs");
    // The newest run wins when several runs of the pair recorded the same source key.
    const std::string runFilter = scope == KeyScope::ThisRun
        ? std::string("l.\"run_id\" = $1::uuid")
        : "(r.\"source_description\", r.\"target_description\") = (SELECT \"source_description\", \"target_description\" FROM "
            + runs + " WHERE \"run_id\" = $1::uuid)";
    auto rows = s.execParams("SELECT DISTINCT ON (l.\"source_key\") l.\"source_key\", l.\"target_key\" FROM " + ledger + " l JOIN "
            + runs + " r ON r.\"run_id\" = l.\"run_id\" WHERE " + runFilter
            + " AND l.\"entity\" = $2" + (entity == QLatin1String("user") ? " AND l.\"entity\" = 'user'" : "") // the partial index
            + " AND l.\"source_key\" = ANY($3::text[]) AND l.\"target_key\" IS NOT NULL"
              " ORDER BY l.\"source_key\", r.\"started_at\" DESC",
        {uuidText(runId), text(entity), PgParam::textArray(sourceKeys)});
    if (!rows.ok())
        return rows.error();
    for (const auto &row : rows->rows)
        out.insert(qstr(row[0]), qstr(row[1]));
    return out;
}

DbError TargetLedger::analyze(PgSession &s)
{
    // Pages a BRIN index has not summarised yet are read by every statement that uses it, so a
    // run's fresh million rows made each per-batch read scan all of them.
    const std::string schema = PgSession::quoteIdent(kSchema);
    for (const char *index : {"ledger_run_brin", "quarantine_run_brin"}) {
        auto done = s.execParams("SELECT brin_summarize_new_values($1::regclass)", {schema + "." + PgSession::quoteIdent(index)});
        if (!done && done.error().kind == DbError::Kind::ConnectionLost)
            return done.error(); // lacking the right to do it only makes reading slower
    }
    auto r = s.exec("SET client_min_messages = error; ANALYZE " + table("ledger") + "; RESET client_min_messages");
    return r ? DbError{} : r.error();
}

Result<bool> TargetLedger::pairHasOtherRuns(PgSession &s, const QUuid &runId, const QString &entity)
{
    const std::string runs = table("runs");
    auto rows = s.execParams("SELECT EXISTS (SELECT 1 FROM " + runs + " r JOIN " + table("ledger")
            + " l ON l.\"run_id\" = r.\"run_id\" AND l.\"entity\" = $2 WHERE r.\"run_id\" <> $1::uuid"
              " AND (r.\"source_description\", r.\"target_description\") = (SELECT \"source_description\", \"target_description\" FROM "
            + runs + " WHERE \"run_id\" = $1::uuid))",
        {uuidText(runId), text(entity)});
    if (!rows.ok())
        return rows.error();
    return rows->rows[0][0] == std::optional<std::string>("t");
}

DbError TargetLedger::deleteRun(PgSession &s, const QUuid &runId)
{
    for (const char *name : {"ledger", "quarantine", "notification_outbox", "batches", "runs"}) {
        auto r = s.execParams("DELETE FROM " + table(name) + " WHERE \"run_id\" = $1::uuid", {uuidText(runId)});
        if (!r.ok())
            return r.error();
    }
    return {};
}
