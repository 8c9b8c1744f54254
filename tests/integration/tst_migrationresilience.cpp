// A migration run whose database connections are killed with pg_terminate_backend, against the
// real sandbox PostgreSQL. Killed target backend: the runner reconnects, asks the ledger whether
// the batch committed, redoes it if not, and ends done with exactly the expected target. Killed
// source backend: it reconnects and reads on after the last committed batch. Killed on every
// attempt: the run fails cleanly, and a resume with the same run id ends done.
// The kills are deterministic: they happen inside the runner's progress callback or point hook
// and find the backend by the application_name the runner gives its connections.
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
const QString kEvent = QStringLiteral("event");
} // namespace

class TestMigrationResilience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedConnectionIsRetried_data();
    void killedConnectionIsRetried();
    void retriesExhaustedThenResume();

private:
    MigrationRunSettings settings(const MigrationCaseDatabase &db, const QUuid &runId);
    static QStringList warnings(const QUuid &runId);

    std::unique_ptr<TestDatabase> m_seed, m_workspace;
    QTemporaryDir m_dir;
    MigrationPlan m_plan;
    int m_backups = 0;
};

void TestMigrationResilience::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = std::make_unique<TestDatabase>(QStringLiteral("resilience_seed"));
    QVERIFY(m_seed->isReady());
    // The workspace in a database of its own: the seed must have no connection while copied.
    m_workspace = std::make_unique<TestDatabase>(QStringLiteral("resilience_workspace"));
    QVERIFY(m_workspace->isReady());
    qputenv(Workspace::kEnvVariable, QByteArray::fromStdString(m_workspace->conninfo()));
    QVERIFY(seedDemoPlatforms(m_seed->conninfo(), kUsers, 31));
    auto plan = shippedDemoPlan(MigrationPlan::kMinBatchSize); // many event batches to stop in the middle of
    QVERIFY(plan);
    m_plan = *plan;
}

MigrationRunSettings TestMigrationResilience::settings(const MigrationCaseDatabase &db, const QUuid &runId)
{
    return db.runSettings(m_plan, runId, m_dir.filePath(QStringLiteral("backup-%1.zqbk").arg(++m_backups)));
}

QStringList TestMigrationResilience::warnings(const QUuid &runId)
{
    QStringList out;
    auto ws = Workspace::connect();
    if (!ws)
        return out;
    if (auto log = Workspace::runLog(**ws, runId))
        for (const Workspace::LogEntry &e : *log)
            if (e.level == QLatin1String("warning"))
                out.append(e.message);
    return out;
}

void TestMigrationResilience::killedConnectionIsRetried_data()
{
    QTest::addColumn<QString>("role"); // whose backend is killed: target or source
    QTest::addColumn<QString>("when"); // between batches, before a COMMIT, or during an INSERT
    QTest::newRow("target between batches") << QStringLiteral("target") << QStringLiteral("between");
    QTest::newRow("target before commit") << QStringLiteral("target") << QStringLiteral("commit");
    QTest::newRow("target during insert") << QStringLiteral("target") << QStringLiteral("insert");
    QTest::newRow("source between batches") << QStringLiteral("source") << QStringLiteral("between");
}

void TestMigrationResilience::killedConnectionIsRetried()
{
    QFETCH(QString, role);
    QFETCH(QString, when);
    MigrationCaseDatabase db(m_seed->name(), QStringLiteral("zq_resilience_%1_%2").arg(role, when));
    const std::map<std::string, qint64> before = db.targetRows();
    const QUuid runId = QUuid::createUuid();
    const QString victim = MigrationRunner::applicationName(role, runId);
    MigrationRunSettings s = settings(db, runId);
    std::atomic<int> killed{0}, retryReports{0};
    if (when == QLatin1String("commit")) {
        // The batch's rows and ledger rows are written; its COMMIT meets a dead connection.
        s.pointHook = [&](const QString &entity, int batchNo, BatchLoader::Point point) {
            if (entity == kEvent && batchNo == 3 && point == BatchLoader::Point::BeforeCommit && killed == 0)
                killed += db.terminate(victim);
        };
    }
    // During an insert: the test's own transaction holds the event table, the first event insert
    // waits for it, and the test kills the waiting backend.
    pqxx::connection lockConn("dbname=" + db.name());
    auto lock = std::make_unique<pqxx::work>(lockConn);
    if (when == QLatin1String("insert"))
        lock->exec0("LOCK TABLE ximalaya.behavior_log IN ACCESS EXCLUSIVE MODE");
    auto runner = std::make_shared<MigrationRunner>(s);
    int eventBatches = 0; // the runner's thread only
    runner->setProgressCallback([&](const MigrationProgress &p) {
        if (p.phase == QLatin1String("retry"))
            ++retryReports;
        // Between batches: the next statement on the connection finds it dead.
        if (when == QLatin1String("between") && p.phase == QLatin1String("load") && p.entity == kEvent && ++eventBatches == 3)
            killed += db.terminate(victim);
    });
    QFuture<MigrationRunResult> future = startRun(runner);
    const auto release = qScopeGuard([&] { // whatever fails below, never leave the run blocked
        runner->cancel();
        if (lock)
            lock->abort();
        future.waitForFinished();
    });
    if (when == QLatin1String("insert")) {
        // The hooks do not use db's connection in this mode, so this thread may. The first statement
        // of an event batch that touches the locked table waits (the bulk writer's key lookup or
        // its INSERT; the one-by-one INSERT when it falls back).
        const std::string waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
            + "' AND application_name = '" + victim.toStdString() + "' AND wait_event_type = 'Lock'";
        QTRY_VERIFY_WITH_TIMEOUT(db.scalar(waiting) == 1 || future.isFinished(), 30000);
        QVERIFY(!future.isFinished());
        killed += db.terminate(victim);
        lock->abort();
        lock.reset();
    }
    future.waitForFinished();
    const MigrationRunResult r = future.result();
    QCOMPARE(killed.load(), 1);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.status, QStringLiteral("done"));
    QVERIFY(r.balanced());
    db.verifyExactTarget(runId, before);
    if (QTest::currentTestFailed())
        return;
    // The ledger's counts are the run's counts.
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = " + db.runLiteral(runId)
                           + " AND entity = '" + it.key().toStdString() + "' AND outcome = 'created'"),
                 it->created);
    // The retry is told: one progress report and one warning in the workspace run log.
    QCOMPARE(retryReports.load(), 1);
    const QStringList logged = warnings(runId);
    QCOMPARE(logged.size(), 1);
    qInfo("%s", qPrintable(logged.first()));
    QVERIFY2(logged.first().contains(role), qPrintable(logged.first()));
}

void TestMigrationResilience::retriesExhaustedThenResume()
{
    MigrationCaseDatabase db(m_seed->name(), QStringLiteral("zq_resilience_exhausted"));
    const std::map<std::string, qint64> before = db.targetRows();
    const QUuid runId = QUuid::createUuid();
    const QString victim = MigrationRunner::applicationName(QStringLiteral("target"), runId);
    MigrationRunSettings s = settings(db, runId);
    int killed = 0;
    // Every attempt at event batch 3 loses its connection just before COMMIT.
    s.pointHook = [&](const QString &entity, int batchNo, BatchLoader::Point point) {
        if (entity == kEvent && batchNo == 3 && point == BatchLoader::Point::BeforeCommit)
            killed += db.terminate(victim);
    };
    QElapsedTimer timer;
    timer.start();
    const MigrationRunResult failed = MigrationRunner(s).run();
    QCOMPARE(killed, MigrationRunner::kRetries + 1);
    QVERIFY(!failed.ok);
    QVERIFY(!failed.cancelled);
    QCOMPARE(failed.status, QStringLiteral("failed"));
    qInfo("%s", qPrintable(failed.error));
    QVERIFY2(failed.error.contains(QStringLiteral("same run id")), qPrintable(failed.error));
    QVERIFY2(timer.elapsed() < 20000, "the backoff is short");
    // Failed cleanly: recorded as failed in ledger and workspace, event batches 1 and 2 committed, 3 not.
    const std::string run = db.runLiteral(runId);
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.runs WHERE run_id = " + run + " AND status = 'failed'"), qint64(1));
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = 'event'"), qint64(2));
    QCOMPARE(warnings(runId).size(), MigrationRunner::kRetries);
    auto ws = Workspace::connect();
    QVERIFY(ws.ok());
    auto record = Workspace::getRun(**ws, runId);
    QVERIFY(record.ok() && record->has_value());
    QCOMPARE((*record)->status, QStringLiteral("failed"));

    s.pointHook = nullptr;
    const MigrationRunResult resumed = MigrationRunner(s).run();
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QCOMPARE(resumed.status, QStringLiteral("done"));
    QVERIFY(resumed.balanced());
    QCOMPARE(resumed.backupSha256, failed.backupSha256); // the first attempt's backup stands
    db.verifyExactTarget(runId, before);
}

QTEST_GUILESS_MAIN(TestMigrationResilience)
#include "tst_migrationresilience.moc"
