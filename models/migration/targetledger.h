#pragma once

#include "db/pgsession.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

// The `zhiqiao_migration` schema in the TARGET database: what each run wrote, batch by batch.
// It is written in the same transaction as the migrated data, so it is the truth about what is in
// the target after any crash (docs/migration-design.md, "Exactly once"). Every function takes the
// caller's PgSession and runs inside whatever transaction the caller has open; nothing here
// commits, except ensureSchema when called outside a transaction.
class TargetLedger
{
public:
    static constexpr int kSchemaVersion = 2;
    static const char *const kSchema; // "zhiqiao_migration"

    enum class Outcome { Created, Merged, Skipped };

    struct Run
    {
        QUuid runId;
        QString planFingerprint;
        QString source; // stable description of the source (platform, host, database)
        QString target;
        QString status;
        QDateTime startedAt;
        QDateTime finishedAt; // invalid while running
    };

    struct Entry // one migrated source record
    {
        QString sourceKey;
        QString targetKey; // empty when skipped without a target record
        Outcome outcome = Outcome::Created;
        QByteArray recordSha256; // raw 32-byte digest of the canonical record
    };

    struct Quarantined
    {
        QString sourceKey;
        QString reasonCode; // stable machine code, e.g. "invalid-email"
        QString reason;     // plain words
        QByteArray sourceRecordJson; // the source record as a JSON object
    };

    struct Notification
    {
        QString targetUserKey;
        QByteArray payloadJson;
    };

    struct Batch
    {
        QString entity;
        int batchNo = 0;
        QString firstSourceKey;
        QString lastSourceKey;
        QByteArray batchSha256;
        std::vector<Entry> entries;
        std::vector<Quarantined> quarantined;
        std::vector<Notification> notifications;
    };

    struct BatchInfo
    {
        int batchNo = 0;
        QString firstSourceKey;
        QString lastSourceKey;
        std::int64_t rows = 0;
        QByteArray batchSha256;
        QDateTime committedAt;
    };

    struct OutcomeCounts
    {
        std::int64_t created = 0;
        std::int64_t merged = 0;
        std::int64_t skipped = 0;
        std::int64_t total() const { return created + merged + skipped; }
    };

    enum class KeyScope { ThisRun, SamePair }; // SamePair: every run from the same source into this target

    using TargetKeyCallback = std::function<bool(const QString &sourceKey, const QString &targetKey, Outcome outcome)>;

    // Creates or upgrades the schema; safe to call concurrently and repeatedly.
    static DbError ensureSchema(PgSession &s);
    static Result<int> schemaVersion(PgSession &s); // 0 when absent

    // Inserts the run; an existing run with the same id is accepted only with the same plan
    // fingerprint, source and target (a resume), otherwise it is an error.
    static DbError recordRun(PgSession &s, const Run &run);
    static Result<std::optional<Run>> run(PgSession &s, const QUuid &runId);
    static DbError updateRunStatus(PgSession &s, const QUuid &runId, const QString &status, bool finished);

    // The batch row, its ledger rows (COPY), quarantine rows and notifications. Call inside the
    // batch's transaction, after the data was written. The batch's row count is entries plus
    // quarantined records (every source record of the batch). Recording a batch number twice
    // fails (primary key), so a redo after an in-doubt COMMIT that did commit cannot double up.
    static DbError recordBatch(PgSession &s, const QUuid &runId, const Batch &batch);
    static Result<std::optional<BatchInfo>> lastCommittedBatch(PgSession &s, const QUuid &runId, const QString &entity);
    static Result<bool> batchCommitted(PgSession &s, const QUuid &runId, const QString &entity, int batchNo);

    static Result<QMap<QString, OutcomeCounts>> ledgerCounts(PgSession &s, const QUuid &runId);
    static Result<QMap<QString, QMap<QString, std::int64_t>>> quarantineCounts(PgSession &s, const QUuid &runId);
    // Streams the run's ledger rows of one entity in source-key order (bounded memory). The
    // session is busy meanwhile: the callback must not use it.
    static Result<std::int64_t> targetKeys(PgSession &s, const QUuid &runId, const QString &entity, const TargetKeyCallback &onKey);
    // Source key → target key for references (an order's user_key points at the migrated user).
    static Result<QMap<QString, QString>> translateKeys(PgSession &s, const QUuid &runId, const QString &entity,
                                                        const QStringList &sourceKeys, KeyScope scope = KeyScope::SamePair);

    // Whether another run of the same source and target recorded records of `entity`: only then can
    // a record of this run be in the ledger already (this run's own batches never overlap).
    static Result<bool> pairHasOtherRuns(PgSession &s, const QUuid &runId, const QString &entity);

    // Fresh planner statistics and BRIN summaries for the ledger. A run adds rows by the million
    // faster than autovacuum notices; statements planned on the old figures (validation's
    // anti-join) chose nested loops, and unsummarised pages are read by every per-batch look-up.
    // A user who does not own the tables gets a slower validation, not an error.
    static DbError analyze(PgSession &s);

    // Removes everything recorded for the run (rollback support; the data itself is the caller's).
    static DbError deleteRun(PgSession &s, const QUuid &runId);

    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString &name);
};
