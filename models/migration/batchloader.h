#pragma once

#include "db/pgsession.h"
#include "migration/migrationplan.h"
#include "migration/targetledger.h"
#include "platform/adapter.h"
#include "platform/canonicalrecord.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include <functional>

// One source record with what the run decided for it.
struct PlannedRecord
{
    enum class Action { Insert, Link, Quarantine, Drop };
    Action action = Action::Insert;
    QString sourceKey;
    CanonicalRecord source;        // canonical source record
    CanonicalRecord record;        // Insert: canonical target record
    QString targetKey;             // Link: the existing target record; Insert: assigned key, if any
    TargetLedger::Outcome outcome = TargetLedger::Outcome::Created; // Link: Merged or Skipped
    QString reasonCode;            // Quarantine/Drop
    QString reason;
    // Worked out ahead of the write (BatchLoader::digest), so the thread that plans does it, not
    // the one that waits for the target: Insert/Link the ledger hash, Quarantine/Drop the source
    // record as JSON. Empty: the loader works them out itself.
    QByteArray sha;
    QByteArray sourceJson;
};

// Writes one batch and its ledger rows in ONE target transaction, so the ledger is the truth about
// what is in the target after any crash. Inserts go set-based through EntityBulkWriter (COPY into
// a staging table, one INSERT ... SELECT). When the target refuses that, the batch's inserts are
// redone one by one through EntityWriter::insertStatement; with the continue_and_quarantine
// policy each then has its own savepoint, so a record the target refuses is quarantined (code
// load_failed) instead of failing the batch.
// Drops are recorded in the quarantine table too, with the code prefixed "dropped:", so the
// accounting finds them and the source record is kept (nothing silently disappears).
class BatchLoader
{
public:
    struct Outcome
    {
        enum class Kind { Committed, Failed, InDoubt };
        Kind kind = Kind::Failed;
        DbError error;
        TargetLedger::OutcomeCounts counts;
        int quarantined = 0;
        int dropped = 0;
        bool bulkFallback = false; // the set-based insert failed and records went one by one
    };

    // Test hook: make a batch's COMMIT look in doubt, either after it committed (the
    // acknowledgement was lost) or after rolling it back (the COMMIT never arrived).
    enum class Fault { None, LoseCommitAck, LoseCommit };
    using FaultHook = std::function<Fault(const QString &entity, int batchNo)>;
    // Test hook: called with the batch's rows and ledger rows written but COMMIT not yet sent
    // (BeforeCommit), and after COMMIT succeeded but before load() returns, i.e. before the
    // runner takes the batch as acknowledged (AfterCommit). zhiqiao-cli's crash hook uses it.
    enum class Point { BeforeCommit, AfterCommit };
    using PointHook = std::function<void(const QString &entity, int batchNo, Point point)>;

    BatchLoader(PgSession &session, const Adapter &target, const MigrationPlan &plan, const QUuid &runId);
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }
    void setPointHook(PointHook hook) { m_point = std::move(hook); }
    // Set-based inserts (EntityBulkWriter) are the default; off, every record is its own INSERT.
    void setBulk(bool bulk) { m_bulk = bulk; }

    // Writes the batch; `records` stay as planned (a retry writes the same plan again).
    Outcome load(const QString &entity, int batchNo, const QList<PlannedRecord> &records);

    // Fills PlannedRecord::sha and ::sourceJson (pure; any thread).
    static void digest(const Adapter &target, const QString &entity, QList<PlannedRecord> &records);

    static QString dropCode(const QString &code) { return QStringLiteral("dropped:") + code; }

private:
    DbError insert(const PlannedRecord &r, bool savepoint, QString &targetKey);
    DbError insertBulk(const QString &entity, const QList<PlannedRecord> &records, std::vector<QString> &targetKeys);

    PgSession &m_session;
    const Adapter &m_target;
    const MigrationPlan &m_plan;
    QUuid m_runId;
    FaultHook m_fault;
    PointHook m_point;
    bool m_bulk = true;
};
