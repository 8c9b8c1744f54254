// kill -9 of `zhiqiao-cli migrate run` at a batch's commit (before COMMIT is sent, and after it
// committed but before the runner took it as acknowledged), then a resume with the same run id:
// the target ends with exactly what the ledger says was created, no target key twice, and the run
// done and balanced. The CLI stops at the point through its test-only ZHIQIAO_TEST_CRASH hook
// (app/cli/migratecommand.cpp) and the test kills it with SIGKILL.
#include "db/profilestore.h"
#include "demo/demogenerator.h"
#include "migration/workspace.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/nontransaction>

#include <map>
#include <memory>

namespace {
constexpr std::uint64_t kUsers = 400; // with the smallest batch size the plan allows, several user batches
constexpr int kBatchSize = 100; // the plan parser's minimum
const QByteArray kMarker = "ZQ-TEST-CRASH-POINT";
const QString kRunId = QStringLiteral("7d1f3c52-5b0e-4b7a-9a51-2c6f0e4d8a10");

// Plan entity -> ximalaya table it creates rows in.
const std::map<std::string, std::string> kTargetTables{
    {"user", "ximalaya.account"},          {"order", "ximalaya.purchase"},
    {"progress", "ximalaya.listen_progress"}, {"event", "ximalaya.behavior_log"},
    {"membership", "ximalaya.vip_subscription"}, {"consent", "ximalaya.privacy_consent"},
};

qint64 scalar(pqxx::connection &c, const std::string &sql)
{
    pqxx::nontransaction tx(c);
    return tx.exec1(sql)[0].as<qint64>();
}
} // namespace

class TestMigrateKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killThenResume_data();
    void killThenResume();

private:
    QProcessEnvironment environment(const TestDatabase &db) const;

    QTemporaryDir m_dir;
    QString m_cli;
};

void TestMigrateKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("ZQ_CLI");
    QVERIFY2(!m_cli.isEmpty(), "ZQ_CLI is set by CTest");
    qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
    qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
}

QProcessEnvironment TestMigrateKill::environment(const TestDatabase &db) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHIQIAO_SETTINGS"), m_dir.filePath(QStringLiteral("settings.ini")));
    env.insert(QStringLiteral("ZHIQIAO_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QString::fromLatin1(Workspace::kEnvVariable), QString::fromStdString(db.conninfo()));
    env.insert(QStringLiteral("ZHIQIAO_BACKUP_PASSPHRASE"), QStringLiteral("correct horse"));
    env.remove(QStringLiteral("ZHIQIAO_TEST_CRASH"));
    return env;
}

void TestMigrateKill::killThenResume_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("committed"); // the batch the CLI was killed at is in the ledger
    QTest::newRow("user:1:after-commit") << QStringLiteral("u1a") << QStringLiteral("user:1:after-commit") << true;
    QTest::newRow("user:2:before-commit") << QStringLiteral("u2b") << QStringLiteral("user:2:before-commit") << false;
    QTest::newRow("order:1:after-commit") << QStringLiteral("o1a") << QStringLiteral("order:1:after-commit") << true;
}

void TestMigrateKill::killThenResume()
{
    QFETCH(QString, tag);
    QFETCH(QString, point);
    QFETCH(bool, committed);

    TestDatabase db(QStringLiteral("migratekill_") + tag);
    QVERIFY(db.isReady());
    auto conn = db.connect();
    DemoSeedOptions options;
    options.users = kUsers;
    options.seed = 23;
    options.conninfo = db.conninfo();
    auto seeded = DemoGenerator(options).seed();
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().serverText));

    // Profiles for this row's database, as `zhiqiao-cli` finds them in ZHIQIAO_SETTINGS.
    ProfileStore store;
    ConnectionProfile dedao = db.profile(QStringLiteral("dedao-") + tag);
    dedao.adapterPath = QStringLiteral(":/adapters/dedao.json");
    ConnectionProfile ximalaya = db.profile(QStringLiteral("ximalaya-") + tag);
    ximalaya.adapterPath = QStringLiteral(":/adapters/ximalaya.json");
    dedao.id.clear();
    ximalaya.id.clear();
    auto addedSource = store.add(dedao);
    QVERIFY2(addedSource.ok(), qPrintable(addedSource.error().message));
    auto addedTarget = store.add(ximalaya);
    QVERIFY2(addedTarget.ok(), qPrintable(addedTarget.error().message));

    QFile shipped(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(shipped.readAll()).object();
    QVERIFY(!plan.isEmpty());
    plan.insert(QStringLiteral("source"), dedao.name);
    plan.insert(QStringLiteral("target"), ximalaya.name);
    plan.insert(QStringLiteral("batch_size"), kBatchSize); // several batches per entity
    const QString planPath = m_dir.filePath(QStringLiteral("plan-%1.json").arg(tag));
    {
        QFile f(planPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan).toJson());
    }

    std::map<std::string, qint64> before;
    for (const auto &[entity, table] : kTargetTables)
        before[entity] = scalar(*conn, "SELECT count(*) FROM " + table);

    const QStringList args{QStringLiteral("migrate"), QStringLiteral("run"), planPath, QStringLiteral("--backup"),
                           m_dir.filePath(QStringLiteral("backup-%1.zqbk").arg(tag)), QStringLiteral("--run-id"), kRunId};

    // 1. Run to the crash point, then SIGKILL.
    {
        QProcess p;
        QProcessEnvironment env = environment(db);
        env.insert(QStringLiteral("ZHIQIAO_TEST_CRASH"), point);
        p.setProcessEnvironment(env);
        QByteArray err;
        connect(&p, &QProcess::readyReadStandardError, &p, [&] { err += p.readAllStandardError(); });
        p.start(m_cli, args);
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(err.contains(kMarker) || p.state() == QProcess::NotRunning, 60000);
        QVERIFY2(err.contains(kMarker), (err + p.readAllStandardOutput()).constData());
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    }
    const QStringList parts = point.split(QLatin1Char(':'));
    const std::string run = "'" + kRunId.toStdString() + "'::uuid";
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = '"
                               + parts.at(0).toStdString() + "' AND batch_no = " + parts.at(1).toStdString()),
             committed ? 1 : 0);
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.runs WHERE run_id = " + run + " AND status = 'running'"), 1);

    // 2. Resume with the same run id, without the hook, to the end.
    QByteArray output;
    {
        QProcess p;
        p.setProcessEnvironment(environment(db));
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_cli, args);
        QVERIFY(p.waitForFinished(120000));
        output = p.readAll();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output.constData());
    }
    QVERIFY2(output.contains("status: done"), output.constData());
    QVERIFY2(!output.contains(" NO") && !output.contains(kMarker), output.constData());

    // 3. Exactly what the ledger says was created, each target key once, the run done and balanced.
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.runs WHERE run_id = " + run + " AND status = 'done'"), 1);
    qint64 createdTotal = 0;
    for (const auto &[entity, table] : kTargetTables) {
        const qint64 created = scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = " + run
                                                 + " AND entity = '" + entity + "' AND outcome = 'created'");
        createdTotal += created;
        QVERIFY2(scalar(*conn, "SELECT count(*) FROM " + table) == before[entity] + created,
                 qPrintable(QStringLiteral("%1: %2 rows, expected %3 + %4")
                                .arg(QString::fromStdString(table))
                                .arg(scalar(*conn, "SELECT count(*) FROM " + table))
                                .arg(before[entity])
                                .arg(created)));
    }
    QVERIFY(createdTotal > 0);
    QVERIFY(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = " + run
                              + " AND entity = 'order' AND outcome = 'created'") > 0);
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM (SELECT entity, target_key FROM zhiqiao_migration.ledger WHERE run_id = " + run
                               + " AND outcome = 'created' GROUP BY 1, 2 HAVING count(*) > 1) d"),
             0);
    // Every created account and purchase the ledger names is in the target.
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.ledger l WHERE l.run_id = " + run
                               + " AND l.entity = 'user' AND l.outcome = 'created'"
                                 " AND NOT EXISTS (SELECT 1 FROM ximalaya.account a WHERE a.account_id::text = l.target_key)"),
             0);
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.ledger l WHERE l.run_id = " + run
                               + " AND l.entity = 'order' AND l.outcome = 'created'"
                                 " AND NOT EXISTS (SELECT 1 FROM ximalaya.purchase p WHERE p.purchase_id::text = l.target_key)"),
             0);
    // Each committed batch's ledger and quarantine rows add up to its row count, batches numbered without gaps.
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.batches b WHERE b.run_id = " + run
                               + " AND b.rows <> (SELECT count(*) FROM zhiqiao_migration.ledger l WHERE l.run_id = b.run_id"
                                 " AND l.entity = b.entity AND l.batch_no = b.batch_no)"
                                 " + (SELECT count(*) FROM zhiqiao_migration.quarantine q WHERE q.run_id = b.run_id"
                                 " AND q.entity = b.entity AND q.batch_no = b.batch_no)"),
             0);
    QCOMPARE(scalar(*conn, "SELECT count(*) FROM (SELECT entity FROM zhiqiao_migration.batches WHERE run_id = " + run
                               + " GROUP BY entity HAVING max(batch_no) <> count(*)) g"),
             0);
    QVERIFY(scalar(*conn, "SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run + " AND entity = 'user'") >= 2);
}

QTEST_GUILESS_MAIN(TestMigrateKill)
#include "tst_migratekill.moc"
