#include "migration/workspace.h"

#include "core/appsettings.h"
#include "db/pgparam.h"

#include <QCoreApplication>
#include <QDir>

#include <libpq-fe.h>

#include <map>

const char *const Workspace::kSchema = "zhiqiao_workspace";
const char *const Workspace::kDefaultDatabase = "zhiqiao_workspace";
const char *const Workspace::kEnvVariable = "ZHIQIAO_WORKSPACE";
const char *const Workspace::kSettingsKey = "workspace/conninfo";

namespace {
using PgParam::textOrNull;
const auto uuidText = PgParam::uuid;

QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}

constexpr const char *kSchemaLockKey = "7405117046352718082";

std::string table(const char *name)
{
    return PgParam::table(Workspace::kSchema, name);
}

std::optional<std::string> jsonOrNull(const QByteArray &json)
{
    if (json.isEmpty())
        return std::nullopt;
    return json.toStdString();
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

// The options of a connection string (keyword/value or URI) that are set.
std::map<std::string, std::string> parseConninfo(const std::string &conninfo, QString *error)
{
    std::map<std::string, std::string> out;
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.c_str(), &err);
    if (!opts) {
        if (error)
            *error = err ? QString::fromUtf8(err).trimmed() : tr("out of memory");
        PQfreemem(err);
        return out;
    }
    for (PQconninfoOption *o = opts; o->keyword; ++o)
        if (o->val && *o->val)
            out[o->keyword] = o->val;
    PQconninfoFree(opts);
    return out;
}

std::string buildConninfo(const std::map<std::string, std::string> &options)
{
    std::string out;
    for (const auto &[key, value] : options) {
        out += key + "='";
        for (char c : value) {
            if (c == '\'' || c == '\\')
                out += '\\';
            out += c;
        }
        out += "' ";
    }
    return out;
}

// Creates the database named in `conninfo` from the maintenance database of the same server.
DbError createDatabase(const std::string &conninfo)
{
    QString parseError;
    std::map<std::string, std::string> options = parseConninfo(conninfo, &parseError);
    const std::string name = options.count("dbname") ? options["dbname"] : std::string(Workspace::kDefaultDatabase);
    options["dbname"] = "postgres";
    auto admin = PgSession::open(buildConninfo(options));
    if (!admin.ok())
        return admin.error();
    auto r = (*admin)->exec("CREATE DATABASE " + PgSession::quoteIdent(name));
    if (!r.ok() && r.error().sqlState != QLatin1String("42P04")) { // 42P04: created meanwhile
        DbError e = r.error();
        e.message = tr("The workspace database %1 does not exist and could not be created.").arg(QString::fromStdString(name));
        return e;
    }
    return {};
}

DbError applyVersion1(PgSession &s);
DbError applyVersion2(PgSession &s);

DbError execAll(PgSession &s, const std::vector<std::string> &statements)
{
    for (const std::string &sql : statements)
        if (auto r = s.exec(sql); !r.ok())
            return r.error();
    return {};
}

DbError applySchema(PgSession &s)
{
    if (auto r = s.execParams("SELECT pg_advisory_xact_lock($1::bigint)", {kSchemaLockKey}); !r.ok())
        return r.error();
    if (auto r = s.exec("CREATE SCHEMA IF NOT EXISTS " + PgSession::quoteIdent(Workspace::kSchema)
                        + ";CREATE TABLE IF NOT EXISTS " + table("schema_version")
                        + " (\"version\" integer PRIMARY KEY, \"applied_at\" timestamptz NOT NULL DEFAULT clock_timestamp())");
        !r.ok())
        return r.error();
    auto v = s.execParams("SELECT coalesce(max(\"version\"), 0) FROM " + table("schema_version"));
    if (!v.ok())
        return v.error();
    const int current = std::stoi(*v->rows[0][0]);
    if (current > Workspace::kSchemaVersion)
        return DbError::make(DbError::Kind::Other,
            tr("The workspace was created by a newer Zhiqiao (schema version %1); update Zhiqiao.").arg(current));
    if (current < 1)
        if (DbError e = applyVersion1(s); e.isError())
            return e;
    if (current < 2)
        if (DbError e = applyVersion2(s); e.isError())
            return e;
    return {};
}

DbError applyVersion1(PgSession &s)
{
    const std::string runs = table("runs"), log = table("run_log");
    const std::vector<std::string> v1 = {
        // plan is json, not jsonb: the document is kept exactly as the operator wrote it.
        "CREATE TABLE " + runs + " (\"run_id\" uuid PRIMARY KEY, \"plan\" json NOT NULL, \"plan_fingerprint\" text NOT NULL,"
        " \"source_description\" text, \"target_description\" text, \"operator\" text NOT NULL, \"status\" text NOT NULL,"
        " \"phase\" text, \"created_at\" timestamptz NOT NULL DEFAULT clock_timestamp(),"
        " \"updated_at\" timestamptz NOT NULL DEFAULT clock_timestamp(), \"finished_at\" timestamptz,"
        " \"ledger_summary\" jsonb, \"report\" jsonb, \"backup_path\" text, \"backup_sha256\" text,"
        " \"zhiqiao_version\" text NOT NULL)",
        "CREATE INDEX \"runs_created_idx\" ON " + runs + " (\"created_at\" DESC)",
        "CREATE TABLE " + log + " (\"id\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " \"run_id\" uuid NOT NULL REFERENCES " + runs + " ON DELETE CASCADE,"
        " \"at\" timestamptz NOT NULL DEFAULT clock_timestamp(), \"level\" text NOT NULL, \"message\" text NOT NULL)",
        "CREATE INDEX \"run_log_run_idx\" ON " + log + " (\"run_id\", \"id\")",
        "INSERT INTO " + table("schema_version") + " (\"version\") VALUES (1)",
    };
    return execAll(s, v1);
}

// Version 2: identity decisions, append-only (who decided what and when stays on record).
DbError applyVersion2(PgSession &s)
{
    const std::string decisions = table("identity_decisions");
    const std::vector<std::string> v2 = {
        "CREATE TABLE " + decisions + " (\"id\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " \"account_a\" text NOT NULL, \"account_b\" text NOT NULL, \"verdict\" text NOT NULL"
        " CHECK (\"verdict\" IN ('undecided', 'link', 'apart')), \"shared\" text NOT NULL DEFAULT '',"
        " \"operator\" text NOT NULL, \"decided_at\" timestamptz NOT NULL DEFAULT clock_timestamp(),"
        " CHECK (\"account_a\" < \"account_b\"))",
        "CREATE INDEX \"identity_decisions_pair_idx\" ON " + decisions + " (\"account_a\", \"account_b\", \"id\" DESC)",
        "INSERT INTO " + table("schema_version") + " (\"version\") VALUES (2)",
    };
    return execAll(s, v2);
}

const char *runColumns(bool withDocuments)
{
    return withDocuments
        ? "\"run_id\", \"plan_fingerprint\", \"source_description\", \"target_description\", \"operator\", \"status\","
          " \"phase\", (extract(epoch FROM \"created_at\") * 1000)::bigint, (extract(epoch FROM \"updated_at\") * 1000)::bigint,"
          " (extract(epoch FROM \"finished_at\") * 1000)::bigint, \"ledger_summary\", \"backup_path\", \"backup_sha256\","
          " \"zhiqiao_version\", \"plan\", \"report\""
        : "\"run_id\", \"plan_fingerprint\", \"source_description\", \"target_description\", \"operator\", \"status\","
          " \"phase\", (extract(epoch FROM \"created_at\") * 1000)::bigint, (extract(epoch FROM \"updated_at\") * 1000)::bigint,"
          " (extract(epoch FROM \"finished_at\") * 1000)::bigint, \"ledger_summary\", \"backup_path\", \"backup_sha256\","
          " \"zhiqiao_version\"";
}

Workspace::Run runFromRow(const std::vector<std::optional<std::string>> &row)
{
    Workspace::Run r;
    r.runId = QUuid::fromString(qstr(row[0]));
    r.planFingerprint = qstr(row[1]);
    r.source = qstr(row[2]);
    r.target = qstr(row[3]);
    r.operatorName = qstr(row[4]);
    r.status = qstr(row[5]);
    r.phase = qstr(row[6]);
    r.createdAt = fromMillis(row[7]);
    r.updatedAt = fromMillis(row[8]);
    r.finishedAt = fromMillis(row[9]);
    r.ledgerSummaryJson = QByteArray::fromStdString(row[10].value_or(std::string()));
    r.backupPath = qstr(row[11]);
    r.backupSha256 = qstr(row[12]);
    r.zhiqiaoVersion = qstr(row[13]);
    if (row.size() > 15) {
        r.planJson = QByteArray::fromStdString(row[14].value_or(std::string()));
        r.reportJson = QByteArray::fromStdString(row[15].value_or(std::string()));
    }
    return r;
}
} // namespace

QString Workspace::Location::describe() const
{
    const std::map<std::string, std::string> o = parseConninfo(conninfo, nullptr);
    auto get = [&](const char *key, const char *env, const char *fallback) {
        if (auto it = o.find(key); it != o.end())
            return QString::fromStdString(it->second);
        const QString e = qEnvironmentVariable(env);
        return e.isEmpty() ? QString::fromLatin1(fallback) : e;
    };
    const QString where = QStringLiteral("%1:%2/%3").arg(get("host", "PGHOST", "localhost"), get("port", "PGPORT", "5432"),
                                                         get("dbname", "PGDATABASE", ""));
    switch (source) {
    case Source::Environment: return tr("%1 (from %2)").arg(where, QString::fromLatin1(kEnvVariable));
    case Source::Settings: return tr("%1 (from the settings)").arg(where);
    case Source::Default: return tr("%1 (default)").arg(where);
    }
    return where;
}

Workspace::Location Workspace::location()
{
    Location l;
    const QString env = qEnvironmentVariable(kEnvVariable);
    if (!env.trimmed().isEmpty()) {
        l.source = Location::Source::Environment;
        l.conninfo = env.toStdString();
        return l;
    }
    const QString configured = AppSettings::open()->value(QString::fromLatin1(kSettingsKey)).toString();
    if (!configured.trimmed().isEmpty()) {
        l.source = Location::Source::Settings;
        l.conninfo = configured.toStdString();
        return l;
    }
    l.source = Location::Source::Default;
    l.conninfo = std::string("dbname=") + kDefaultDatabase;
    l.createIfMissing = true;
    return l;
}

Result<std::unique_ptr<PgSession>> Workspace::connect(const Location &where)
{
    auto s = PgSession::open(where.conninfo);
    if (!s.ok() && s.error().kind == DbError::Kind::UnknownDatabase && where.createIfMissing) {
        if (DbError e = createDatabase(where.conninfo); e.isError())
            return e;
        s = PgSession::open(where.conninfo);
    }
    if (!s.ok()) {
        DbError e = s.error();
        e.detail = where.describe();
        return e;
    }
    if (DbError e = ensureSchema(**s); e.isError())
        return e;
    return s;
}

DbError Workspace::ensureSchema(PgSession &s)
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

QString Workspace::operatorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty()) // services and containers often set none of them; the home folder is named after the user
        name = QDir::home().dirName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

Result<Workspace::Run> Workspace::createRun(PgSession &s, Run run)
{
    if (run.runId.isNull())
        run.runId = QUuid::createUuid();
    run.operatorName = operatorName();
    run.zhiqiaoVersion = QStringLiteral(ZQ_VERSION);
    if (run.status.isEmpty())
        run.status = QStringLiteral("created");
    auto r = s.execParams("INSERT INTO " + table("runs")
            + " (\"run_id\", \"plan\", \"plan_fingerprint\", \"source_description\", \"target_description\", \"operator\","
              " \"status\", \"phase\", \"ledger_summary\", \"report\", \"backup_path\", \"backup_sha256\", \"zhiqiao_version\")"
              " VALUES ($1::uuid, $2::json, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13)",
        {uuidText(run.runId), run.planJson.isEmpty() ? std::string("{}") : run.planJson.toStdString(),
         run.planFingerprint.toStdString(), textOrNull(run.source), textOrNull(run.target), run.operatorName.toStdString(),
         run.status.toStdString(), textOrNull(run.phase), jsonOrNull(run.ledgerSummaryJson), jsonOrNull(run.reportJson),
         textOrNull(run.backupPath), textOrNull(run.backupSha256), run.zhiqiaoVersion.toStdString()});
    if (!r.ok())
        return r.error();
    auto stored = getRun(s, run.runId);
    if (!stored.ok())
        return stored.error();
    if (!*stored) // only if someone deleted it in between
        return DbError::make(DbError::Kind::Other, tr("The workspace has no record of this run."));
    return **stored;
}

DbError Workspace::updateRun(PgSession &s, const QUuid &runId, const RunUpdate &u)
{
    PgParams params = {uuidText(runId)};
    std::string sets = "\"updated_at\" = clock_timestamp()";
    auto set = [&](const char *column, const char *cast, std::optional<std::string> value) {
        params.push_back(std::move(value));
        sets += ", " + PgSession::quoteIdent(column) + " = $" + std::to_string(params.size()) + cast;
    };
    if (u.status)
        set("status", "", u.status->toStdString());
    if (u.phase)
        set("phase", "", textOrNull(*u.phase));
    if (u.ledgerSummaryJson)
        set("ledger_summary", "::jsonb", jsonOrNull(*u.ledgerSummaryJson));
    if (u.reportJson)
        set("report", "::jsonb", jsonOrNull(*u.reportJson));
    if (u.backupPath)
        set("backup_path", "", textOrNull(*u.backupPath));
    if (u.backupSha256)
        set("backup_sha256", "", textOrNull(*u.backupSha256));
    if (u.finished)
        sets += ", \"finished_at\" = clock_timestamp()";
    auto r = s.execParams("UPDATE " + table("runs") + " SET " + sets + " WHERE \"run_id\" = $1::uuid", params);
    if (!r.ok())
        return r.error();
    if (r->affected != 1)
        return DbError::make(DbError::Kind::Other, tr("The workspace has no record of this run."), {}, {},
                             runId.toString(QUuid::WithoutBraces));
    return {};
}

DbError Workspace::appendLog(PgSession &s, const QUuid &runId, const QString &level, const QString &message)
{
    auto r = s.execParams("INSERT INTO " + table("run_log") + " (\"run_id\", \"level\", \"message\") VALUES ($1::uuid, $2, $3)",
                          {uuidText(runId), level.toStdString(), message.toStdString()});
    return r.ok() ? DbError{} : r.error();
}

Result<std::vector<Workspace::Run>> Workspace::listRuns(PgSession &s, int limit)
{
    auto rows = s.execParams(std::string("SELECT ") + runColumns(false) + " FROM " + table("runs")
            + " ORDER BY \"created_at\" DESC, \"run_id\" LIMIT $1::int",
        {std::to_string(limit)});
    if (!rows.ok())
        return rows.error();
    std::vector<Run> out;
    out.reserve(rows->size());
    for (const auto &row : rows->rows)
        out.push_back(runFromRow(row));
    return out;
}

Result<std::optional<Workspace::Run>> Workspace::getRun(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams(std::string("SELECT ") + runColumns(true) + " FROM " + table("runs") + " WHERE \"run_id\" = $1::uuid",
                             {uuidText(runId)});
    if (!rows.ok())
        return rows.error();
    if (rows->empty())
        return std::optional<Run>();
    return std::optional<Run>(runFromRow(rows->rows[0]));
}

Result<std::vector<Workspace::LogEntry>> Workspace::runLog(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams("SELECT (extract(epoch FROM \"at\") * 1000)::bigint, \"level\", \"message\" FROM " + table("run_log")
            + " WHERE \"run_id\" = $1::uuid ORDER BY \"id\"",
        {uuidText(runId)});
    if (!rows.ok())
        return rows.error();
    std::vector<LogEntry> out;
    for (const auto &row : rows->rows)
        out.push_back({fromMillis(row[0]), qstr(row[1]), qstr(row[2])});
    return out;
}

Result<IdentityDecision> Workspace::recordIdentityDecision(PgSession &s, IdentityDecision d)
{
    if (d.accountA.isEmpty() || d.accountA >= d.accountB)
        return DbError::make(DbError::Kind::Other, tr("An identity decision names two different accounts, in order."));
    d.operatorName = operatorName();
    auto r = s.execParams("INSERT INTO " + table("identity_decisions")
            + " (\"account_a\", \"account_b\", \"verdict\", \"shared\", \"operator\") VALUES ($1, $2, $3, $4, $5)"
              " RETURNING (extract(epoch FROM \"decided_at\") * 1000)::bigint",
        {d.accountA.toStdString(), d.accountB.toStdString(), IdentityDecision::verdictCode(d.verdict).toStdString(),
         d.shared.toStdString(), d.operatorName.toStdString()});
    if (!r.ok())
        return r.error();
    d.decidedAt = fromMillis(r->rows[0][0]);
    return d;
}

Result<IdentityDecisions> Workspace::identityDecisions(PgSession &s)
{
    auto rows = s.execParams("SELECT DISTINCT ON (\"account_a\", \"account_b\") \"account_a\", \"account_b\", \"verdict\","
                             " \"shared\", \"operator\", (extract(epoch FROM \"decided_at\") * 1000)::bigint FROM "
                             + table("identity_decisions") + " ORDER BY \"account_a\", \"account_b\", \"id\" DESC");
    if (!rows.ok())
        return rows.error();
    IdentityDecisions out;
    for (const auto &row : rows->rows) {
        IdentityDecision d;
        d.accountA = qstr(row[0]);
        d.accountB = qstr(row[1]);
        if (!IdentityDecision::verdictFromCode(qstr(row[2]), &d.verdict))
            continue; // the CHECK constraint allows no other
        d.shared = qstr(row[3]);
        d.operatorName = qstr(row[4]);
        d.decidedAt = fromMillis(row[5]);
        out.apply(d);
    }
    return out;
}
