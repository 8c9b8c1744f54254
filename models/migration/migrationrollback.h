#pragma once

#include "backup/backupsecret.h"
#include "db/connectionprofile.h"
#include "db/result.h"
#include "migration/migrationplan.h"
#include "migration/migrationprogress.h"
#include "migration/migrationrollbackresult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class PgSession;
class TargetKeyStatements;

struct MigrationRollbackSettings
{
    QUuid runId;
    MigrationPlan plan;          // the run's plan (the workspace run record holds it)
    ConnectionProfile target;
    QString targetPassword;
    BackupSecret secret;         // the backup's passphrase or key file
    QString backupPath;          // empty: the path in the workspace run record
    bool force = false;          // also when the ledger says the run is still running
    int pageSize = 1000;         // ledger keys per delete transaction
};

// Undoes one migration run on its target (docs/migration-rollback.md): deletes, page by page in
// transactions and children before parents, every target row the run's ledger names as created;
// writes back the target rows its backup holds where they are missing or differ (BackupRestorer,
// target sections only); then proves that no created row is left and every backed-up row is
// identical (per-row SHA-256), and only then marks the run rolled_back. Nothing changes before the
// checks pass (ledger, plan fingerprint, backup file hash, passphrase). Interrupted (cancel, crash,
// error) it leaves the run `rolling_back`, and running it again finishes the job: deletes are by
// key. Synchronous: call run() from a worker thread; it opens its own connections. cancel() may be
// called from any thread.
class MigrationRollback
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRollback)

public:
    using ProgressCallback = std::function<void(const MigrationProgress &)>;

    static constexpr const char *kRollingBack = "rolling_back";
    static constexpr const char *kRolledBack = "rolled_back";

    explicit MigrationRollback(MigrationRollbackSettings settings);
    ~MigrationRollback();

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    MigrationRollbackResult run(const std::atomic<bool> *cancel = nullptr);
    // Stops between pages and cancels the running statement; the run stays rolling_back.
    void cancel();

    // Why a run in this status (ledger or workspace) must not be resumed; empty when it may.
    static QString resumeRefusal(const QString &status);
    // The same for a run id, from the workspace record (when reachable) and the target's ledger.
    // MigrationRunner does not ask yet; callers that resume a run must (zhiqiao-cli migrate run).
    static Result<QString> resumeRefusal(const ConnectionProfile &target, const QString &password, const QUuid &runId);

private:
    struct Context;
    using PageCallback = std::function<DbError(const QStringList &targetKeys)>;

    DbError prepare(Context &c, MigrationRollbackResult &r);
    DbError checkBackup(Context &c);
    DbError markStarted(Context &c);
    DbError deleteEntity(Context &c, const TargetKeyStatements &st, MigrationRollbackResult &r);
    DbError deletePage(Context &c, const TargetKeyStatements &st, const QStringList &keys,
                       MigrationRollbackResult::EntityCounts &counts);
    DbError restore(Context &c, MigrationRollbackResult &r);
    DbError prove(Context &c, MigrationRollbackResult &r);
    DbError finish(Context &c, MigrationRollbackResult &r);
    DbError forEachCreatedPage(Context &c, const QString &entity, const PageCallback &onPage);
    void logToWorkspace(Context &c, const QString &level, const QString &message);
    bool cancelled() const;
    void report(const MigrationProgress &p) const;
    void setSession(PgSession *s);

    MigrationRollbackSettings m_settings;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_externalCancel = nullptr;
    std::atomic<bool> m_cancel{false};
    std::mutex m_sessionMutex;
    PgSession *m_activeSession = nullptr;
};

// Runs `rollback` on the global thread pool (the GUI keeps the object to call cancel()).
QFuture<MigrationRollbackResult> startRollback(std::shared_ptr<MigrationRollback> rollback);
