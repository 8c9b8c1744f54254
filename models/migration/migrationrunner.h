#pragma once

#include "db/connectionprofile.h"
#include "migration/batchloader.h"
#include "migration/batchprefetcher.h"
#include "migration/migrationbackup.h"
#include "migration/migrationplan.h"
#include "migration/migrationprogress.h"
#include "migration/migrationrunresult.h"
#include "migration/migrationscopereader.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class PgSession;

struct MigrationRunSettings
{
    MigrationPlan plan;
    ConnectionProfile source;
    QString sourcePassword;
    ConnectionProfile target;
    QString targetPassword;
    bool dryRun = false;
    QUuid runId;                                   // null: a new run; set: resume that run
    std::optional<MigrationBackup::Settings> backup; // required for a real run
    int samplesPerEntity = 5;                      // dry run
    BatchLoader::FaultHook faultHook;              // tests only: simulate in-doubt commits
    BatchLoader::PointHook pointHook;              // tests only: stop at a batch's commit (zhiqiao-cli crash hook)
};

// Runs a migration plan: dry run, or backup + exactly-once load + accounting
// (docs/migration-design.md, "Load path as built"). Synchronous: call run() from a worker
// thread; it opens its own connections. cancel() may be called from any thread.
// A lost connection (backend terminated, server restarted, network) while loading is retried
// kRetries times per step with a short backoff, reconnecting first; a batch whose COMMIT may have
// gone through is looked up in the ledger and redone only when absent. The connections name
// themselves in pg_stat_activity: application_name "zhiqiao-migrate:<role>:<run id>".
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    static constexpr int kRetries = 3; // after the first attempt, per batch / source read / step
    using ProgressCallback = std::function<void(const MigrationProgress &)>;

    explicit MigrationRunner(MigrationRunSettings settings);
    ~MigrationRunner();

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    MigrationRunResult run(const std::atomic<bool> *cancel = nullptr);
    // Stops between batches and cancels the running target statement; the run stays resumable.
    void cancel();

    // The application_name of the run's connection `role` ("target" = the batch session,
    // "source" = the scope reader), so an operator (or a test) can find it in pg_stat_activity.
    static QString applicationName(const QString &role, const QUuid &runId);

private:
    struct Context;
    DbError prepare(Context &c);
    DbError realRun(Context &c, MigrationRunResult &result);
    DbError loadEntity(Context &c, const QString &entity, std::int64_t total, MigrationRunResult &result);
    // On the prefetcher's thread: the ledger look-ups a batch needs (own target session, own
    // retries), its plan and digests.
    void planBatch(Context &c, const QString &entity, BatchPrefetcher::Item &item);
    DbError onLookup(Context &c, QStringList &retries, const std::function<DbError()> &step);
    // On the run's thread: writes a planned batch, retrying lost connections.
    DbError writeBatch(Context &c, const QString &entity, int batchNo, const BatchPrefetcher::Item &item,
                       MigrationEntityCounts &counts);
    // Runs `step` again after a lost connection (reconnect, backoff), at most kRetries times.
    DbError onTarget(Context &c, const QString &entity, const std::function<DbError()> &step);
    DbError onSource(Context &c, const QString &entity, const std::function<DbError()> &step);
    DbError reconnectTarget(Context &c);
    DbError reconnectSource(Context &c);
    DbError resolveInDoubt(Context &c, const QString &entity, int batchNo, bool &committed);
    bool backoff(int attempt) const;
    void noteRetry(Context &c, const QString &entity, const QString &message) const;
    static DbError cancelledError();
    static DbError lostFor(bool target, const DbError &last);
    bool cancelled() const;
    void report(const MigrationProgress &p) const;
    void setSession(PgSession *s);

    MigrationRunSettings m_settings;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_externalCancel = nullptr;
    std::atomic<bool> m_cancel{false};
    mutable std::mutex m_sessionMutex;
    PgSession *m_activeSession = nullptr; // the target session a statement may be running on
};

// Runs `runner` on the global thread pool (the GUI keeps the runner to call cancel()).
QFuture<MigrationRunResult> startRun(std::shared_ptr<MigrationRunner> runner);
