#pragma once

#include "db/pgsession.h"
#include "identity/identitydecisions.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

// The workspace database: run records (plan, status, ledger summary, report) and identity
// decisions that the GUI and zhiqiao-cli share. Where it lives, first match wins: the libpq connection string in the
// environment variable ZHIQIAO_WORKSPACE; the settings key "workspace/conninfo"; else libpq's
// own environment (PGHOST, PGPORT, PGUSER, ...) with database zhiqiao_workspace, created on first
// use when the user may create databases. Each thread opens its own session (connect()).
class Workspace
{
public:
    static constexpr int kSchemaVersion = 2; // 2: identity decisions
    static const char *const kSchema;          // "zhiqiao_workspace"
    static const char *const kDefaultDatabase; // "zhiqiao_workspace"
    static const char *const kEnvVariable;     // "ZHIQIAO_WORKSPACE"
    static const char *const kSettingsKey;     // "workspace/conninfo"

    struct Location
    {
        enum class Source { Environment, Settings, Default };
        Source source = Source::Default;
        std::string conninfo;
        bool createIfMissing = false; // only the default database is created on demand
        QString describe() const;     // for people and logs; never shows a password
    };

    struct Run
    {
        QUuid runId;                 // created by createRun when null
        QByteArray planJson;         // the plan document as written
        QString planFingerprint;
        QString source;              // descriptions of source and target, for lists
        QString target;
        QString operatorName;        // filled by createRun: the OS user
        QString status;
        QString phase;
        QDateTime createdAt;
        QDateTime updatedAt;
        QDateTime finishedAt;
        QByteArray ledgerSummaryJson;
        QByteArray reportJson;
        QString backupPath;
        QString backupSha256;
        QString zhiqiaoVersion;      // filled by createRun
    };

    // Only the fields that are set change.
    struct RunUpdate
    {
        std::optional<QString> status;
        std::optional<QString> phase;
        std::optional<QByteArray> ledgerSummaryJson;
        std::optional<QByteArray> reportJson;
        std::optional<QString> backupPath;
        std::optional<QString> backupSha256;
        bool finished = false; // stamps finished_at
    };

    struct LogEntry
    {
        QDateTime at;
        QString level; // "info", "warning", "error"
        QString message;
    };

    static Location location();
    // Opens the workspace (creating the database when allowed) and makes sure its schema exists.
    static Result<std::unique_ptr<PgSession>> connect(const Location &where = location());

    static DbError ensureSchema(PgSession &s);
    static Result<Run> createRun(PgSession &s, Run run);
    static DbError updateRun(PgSession &s, const QUuid &runId, const RunUpdate &update);
    static DbError appendLog(PgSession &s, const QUuid &runId, const QString &level, const QString &message);
    // Newest first, without the plan and report documents (getRun has them).
    static Result<std::vector<Run>> listRuns(PgSession &s, int limit = 500);
    static Result<std::optional<Run>> getRun(PgSession &s, const QUuid &runId);
    static Result<std::vector<LogEntry>> runLog(PgSession &s, const QUuid &runId);

    // Records a decision on a pair of accounts, stamped with the operator and the time; the
    // latest decision on a pair counts, the earlier ones stay on record.
    static Result<IdentityDecision> recordIdentityDecision(PgSession &s, IdentityDecision d);
    // The latest decision on each pair ("undecided" ones withdraw earlier decisions).
    static Result<IdentityDecisions> identityDecisions(PgSession &s);

    static QString operatorName();
};
