// Cancelling a real migration run, against the sandbox PostgreSQL: cancel() while a batch's
// insert is blocked (the test holds an ACCESS EXCLUSIVE lock on the target table) returns
// promptly through the server-side cancel of the running statement; the cancel flag passed to
// run() stops between batches. Both leave status cancelled and a ledger that a resume with the
// same run id completes to exactly the expected target.
#include "demo/demogenerator.h"
#include "migration/migrationrunner.h"
#include "migration/workspace.h"
#include "migrationcasedatabase.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/transaction>

#include <atomic>
#include <memory>

namespace {
constexpr std::uint64_t kUsers = 200;
} // namespace

class TestMigrationCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelRunningStatementThenResume();
    void cancelBetweenBatchesThenResume();

private:
    MigrationRunSettings settings(const MigrationCaseDatabase &db, const QUuid &runId);

    std::unique_ptr<TestDatabase> m_seed, m_workspace;
    QTemporaryDir m_dir;
    MigrationPlan m_plan;
    int m_backups = 0;
};

void TestMigrationCancel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = std::make_unique<TestDatabase>(QStringLiteral("cancel_seed"));
    QVERIFY(m_seed->isReady());
    m_workspace = std::make_unique<TestDatabase>(QStringLiteral("cancel_workspace"));
    QVERIFY(m_workspace->isReady());
    qputenv(Workspace::kEnvVariable, QByteArray::fromStdString(m_workspace->conninfo()));
    QVERIFY(seedDemoPlatforms(m_seed->conninfo(), kUsers, 37));
    auto plan = shippedDemoPlan(MigrationPlan::kMinBatchSize);
    QVERIFY(plan);
    m_plan = *plan;
}

MigrationRunSettings TestMigrationCancel::settings(const MigrationCaseDatabase &db, const QUuid &runId)
{
    return db.runSettings(m_plan, runId, m_dir.filePath(QStringLiteral("backup-%1.zqbk").arg(++m_backups)));
}

void TestMigrationCancel::cancelRunningStatementThenResume()
{
    MigrationCaseDatabase db(m_seed->name(), QStringLiteral("zq_cancel_statement"));
    const std::map<std::string, qint64> before = db.targetRows();
    const QUuid runId = QUuid::createUuid();
    const std::string run = db.runLiteral(runId);
    // The test's own transaction holds the purchase table, so the first order batch's write (a
    // COPY into it, or the INSERT of the SQL path) waits.
    pqxx::connection lockConn("dbname=" + db.name());
    auto lock = std::make_unique<pqxx::work>(lockConn);
    lock->exec0("LOCK TABLE ximalaya.purchase IN ACCESS EXCLUSIVE MODE");

    auto runner = std::make_shared<MigrationRunner>(settings(db, runId));
    QFuture<MigrationRunResult> future = startRun(runner);
    const auto release = qScopeGuard([&] { // whatever fails below, never leave the run blocked
        runner->cancel();
        if (lock)
            lock->abort();
        future.waitForFinished();
    });
    const std::string waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
        + "' AND application_name = '" + MigrationRunner::applicationName(QStringLiteral("target"), runId).toStdString()
        + "' AND wait_event_type = 'Lock' AND (query LIKE '%INSERT INTO %purchase%' OR query LIKE 'COPY %purchase%')";
    QTRY_VERIFY_WITH_TIMEOUT(db.scalar(waiting) == 1 || future.isFinished(), 30000);
    if (future.isFinished())
        QFAIL(qPrintable(QStringLiteral("the run ended before it reached the lock: ") + future.result().error));
    QTest::qWait(200); // still waiting: it is the lock, not a slow statement
    QCOMPARE(db.scalar(waiting), qint64(1));

    QElapsedTimer timer;
    timer.start();
    runner->cancel();
    future.waitForFinished();
    const qint64 ms = timer.elapsed();
    qInfo("cancel of the blocked insert returned after %lld ms", ms);
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
    lock->abort();
    lock.reset();
    const MigrationRunResult stopped = future.result();
    QVERIFY(!stopped.ok);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.status, QStringLiteral("cancelled"));
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.runs WHERE run_id = " + run + " AND status = 'cancelled'"), qint64(1));
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = 'order'"), qint64(0));
    QVERIFY(db.scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = 'user'") > 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM ximalaya.purchase"), before.at("order"));

    const MigrationRunResult resumed = MigrationRunner(settings(db, runId)).run();
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QCOMPARE(resumed.status, QStringLiteral("done"));
    QVERIFY(resumed.balanced());
    db.verifyExactTarget(runId, before);
}

void TestMigrationCancel::cancelBetweenBatchesThenResume()
{
    MigrationCaseDatabase db(m_seed->name(), QStringLiteral("zq_cancel_between"));
    const std::map<std::string, qint64> before = db.targetRows();
    const QUuid runId = QUuid::createUuid();
    const std::string run = db.runLiteral(runId);
    std::atomic<bool> cancel{false};
    MigrationRunner first(settings(db, runId));
    int eventBatches = 0;
    first.setProgressCallback([&](const MigrationProgress &p) {
        if (p.phase == QLatin1String("load") && p.entity == QLatin1String("event") && ++eventBatches == 2)
            cancel.store(true);
    });
    const MigrationRunResult stopped = first.run(&cancel);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.status, QStringLiteral("cancelled"));
    QCOMPARE(eventBatches, 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = 'event'"), qint64(2));
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = 'membership'"), qint64(0));
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.runs WHERE run_id = " + run + " AND status = 'cancelled'"), qint64(1));

    const MigrationRunResult resumed = MigrationRunner(settings(db, runId)).run();
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QVERIFY(resumed.balanced());
    db.verifyExactTarget(runId, before);
}

QTEST_GUILESS_MAIN(TestMigrationCancel)
#include "tst_migrationcancel.moc"
