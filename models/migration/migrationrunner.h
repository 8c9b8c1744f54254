#pragma once

#include "db/connectionprofile.h"
#include "migration/batchloader.h"
#include "migration/migrationbackup.h"
#include "migration/migrationplan.h"
#include "migration/migrationprogress.h"
#include "migration/migrationrunresult.h"

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
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    using ProgressCallback = std::function<void(const MigrationProgress &)>;

    explicit MigrationRunner(MigrationRunSettings settings);
    ~MigrationRunner();

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    MigrationRunResult run(const std::atomic<bool> *cancel = nullptr);
    // Stops between batches and cancels the running target statement; the run stays resumable.
    void cancel();

private:
    struct Context;
    DbError prepare(Context &c);
    DbError realRun(Context &c, MigrationRunResult &result);
    DbError loadEntity(Context &c, const QString &entity, std::int64_t total, MigrationRunResult &result);
    DbError resolveInDoubt(Context &c, const QString &entity, int batchNo, bool &committed);
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
