// Migration rollback against the real sandbox PostgreSQL: a demo run (with merged users) rolled
// back through zhiqiao-cli leaves every target table exactly as before the run (md5 of its ordered
// rows), the run is rolled_back, resuming it is refused and a fresh run works; a rollback
// cancelled after its first page finishes when run again; a wrong passphrase changes nothing; a
// run the ledger still calls running needs --force; a merged user's row changed after the run is
// set back from the backup; into dedao (generated keys, a child table) through startRollback;
// refused, even with --force, while the run's process is still connected.
#include "db/pgsession.h"
#include "db/profilestore.h"
#include "demo/demogenerator.h"
#include "migration/migrationrollback.h"
#include "migration/migrationrunner.h"
#include "migration/targetledger.h"
#include "migration/workspace.h"
#include "platform/adapterloader.h"
#include "platform/entitywriter.h"
#include "migrationcasedatabase.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <atomic>
#include <map>
#include <memory>

namespace {
constexpr std::uint64_t kUsers = 60;
const ScryptParams kFastScrypt{1u << 10, 8, 1};
const QByteArray kPassphrase = "correct horse";
using Snapshot = std::map<std::string, std::string>; // table -> "rows:md5 of its ordered rows"
} // namespace

class TestMigrationRollback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rollbackRestoresExactly();
    void interruptedRollbackFinishes();
    void wrongPassphraseChangesNothing();
    void rollbackIntoDedao();
    void refusedWhileTheRunIsLive();

private:
    Snapshot snapshot(const std::string &schema = "ximalaya");
    qint64 scalar(const std::string &sql);
    std::string text(const std::string &sql);
    MigrationRunSettings runSettings(bool reverse);
    MigrationRunResult migrate(bool reverse = false);
    MigrationRollbackSettings rollbackSettings(const QUuid &runId, const QByteArray &passphrase, int pageSize, bool reverse) const;
    MigrationRollbackResult rollback(const QUuid &runId, const QByteArray &passphrase, int pageSize = 1000,
                                     const std::function<bool(const MigrationProgress &)> &stopWhen = {});
    int cli(const QStringList &args, QByteArray &output, const QByteArray &passphrase = kPassphrase);
    QString runStatus(const QUuid &runId);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_planPath;
    MigrationPlan m_plan;
    ConnectionProfile m_source, m_target;
    int m_backups = 0;
};

qint64 TestMigrationRollback::scalar(const std::string &sql)
{
    pqxx::nontransaction tx(*m_conn);
    return tx.exec1(sql)[0].as<qint64>();
}

std::string TestMigrationRollback::text(const std::string &sql)
{
    pqxx::nontransaction tx(*m_conn);
    const pqxx::row row = tx.exec1(sql);
    return row[0].is_null() ? std::string() : row[0].as<std::string>();
}

Snapshot TestMigrationRollback::snapshot(const std::string &schema)
{
    Snapshot out;
    pqxx::nontransaction tx(*m_conn);
    const pqxx::result tables = tx.exec("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables"
                                        " WHERE table_schema = " + tx.quote(schema) + " AND table_type = 'BASE TABLE' ORDER BY 1");
    for (const pqxx::row &t : tables) {
        const std::string table = t[0].as<std::string>();
        const pqxx::row row = tx.exec1("SELECT count(*)::text || ':' || coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '')"
                                       " FROM " + table + " r");
        out[table] = row[0].as<std::string>();
    }
    return out;
}

QString TestMigrationRollback::runStatus(const QUuid &runId)
{
    return QString::fromStdString(text("SELECT status FROM zhiqiao_migration.runs WHERE run_id = '"
                                       + runId.toString(QUuid::WithoutBraces).toStdString() + "'"));
}

void TestMigrationRollback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("ZQ_CLI");
    QVERIFY2(!m_cli.isEmpty(), "ZQ_CLI is set by CTest");
    qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
    qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
    m_db = std::make_unique<TestDatabase>(QStringLiteral("migrationrollback"));
    QVERIFY(m_db->isReady());
    m_conn = m_db->connect();
    qputenv(Workspace::kEnvVariable, QByteArray::fromStdString(m_db->conninfo()));
    QVERIFY(seedDemoPlatforms(m_db->conninfo(), kUsers, 29));

    // Profiles as zhiqiao-cli finds them (ZHIQIAO_SETTINGS), and a plan naming them.
    ProfileStore store;
    m_source = m_db->profile(QStringLiteral("dedao-rollback"));
    m_source.adapterPath = QStringLiteral(":/adapters/dedao.json");
    m_source.id.clear();
    m_target = m_db->profile(QStringLiteral("ximalaya-rollback"));
    m_target.adapterPath = QStringLiteral(":/adapters/ximalaya.json");
    m_target.id.clear();
    auto addedSource = store.add(m_source);
    QVERIFY2(addedSource.ok(), qPrintable(addedSource.error().message));
    auto addedTarget = store.add(m_target);
    QVERIFY2(addedTarget.ok(), qPrintable(addedTarget.error().message));

    QFile shipped(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(shipped.readAll()).object();
    plan.insert(QStringLiteral("source"), m_source.name);
    plan.insert(QStringLiteral("target"), m_target.name);
    plan.insert(QStringLiteral("batch_size"), 100);
    const QByteArray planJson = QJsonDocument(plan).toJson();
    m_planPath = m_dir.filePath(QStringLiteral("plan.json"));
    QFile f(m_planPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(planJson);
    f.close();
    auto loaded = MigrationPlanLoader::loadData(planJson);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problemsText()));
    m_plan = *loaded.plan;
}

MigrationRunSettings TestMigrationRollback::runSettings(bool reverse)
{
    MigrationRunSettings s;
    s.plan = m_plan;
    s.source = reverse ? m_target : m_source;
    s.target = reverse ? m_source : m_target;
    s.plan.source = s.source.name;
    s.plan.target = s.target.name;
    s.backup = MigrationBackup::Settings{m_dir.filePath(QStringLiteral("backup-%1.zqbk").arg(++m_backups)),
                                         BackupSecret::fromPassphrase(kPassphrase), kFastScrypt};
    return s;
}

MigrationRunResult TestMigrationRollback::migrate(bool reverse)
{
    return MigrationRunner(runSettings(reverse)).run();
}

MigrationRollbackSettings TestMigrationRollback::rollbackSettings(const QUuid &runId, const QByteArray &passphrase, int pageSize,
                                                                  bool reverse) const
{
    MigrationRollbackSettings s;
    s.runId = runId;
    s.plan = m_plan;
    s.target = reverse ? m_source : m_target;
    s.plan.source = reverse ? m_target.name : m_source.name;
    s.plan.target = s.target.name;
    s.secret = BackupSecret::fromPassphrase(passphrase);
    s.pageSize = pageSize;
    return s;
}

MigrationRollbackResult TestMigrationRollback::rollback(const QUuid &runId, const QByteArray &passphrase, int pageSize,
                                                        const std::function<bool(const MigrationProgress &)> &stopWhen)
{
    MigrationRollback engine(rollbackSettings(runId, passphrase, pageSize, false));
    std::atomic<bool> cancel{false};
    if (stopWhen)
        engine.setProgressCallback([&](const MigrationProgress &p) {
            if (stopWhen(p))
                cancel.store(true);
        });
    return engine.run(&cancel);
}

int TestMigrationRollback::cli(const QStringList &args, QByteArray &output, const QByteArray &passphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ZHIQIAO_SETTINGS"), m_dir.filePath(QStringLiteral("settings.ini")));
    env.insert(QStringLiteral("ZHIQIAO_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QString::fromLatin1(Workspace::kEnvVariable), QString::fromStdString(m_db->conninfo()));
    env.insert(QStringLiteral("ZHIQIAO_BACKUP_PASSPHRASE"), QString::fromUtf8(passphrase));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_cli, args);
    if (!p.waitForFinished(120000))
        return -1;
    output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestMigrationRollback::rollbackRestoresExactly()
{
    const Snapshot before = snapshot();
    QVERIFY(before.size() >= 8);
    const MigrationRunResult run = migrate();
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(run.counts.value(QStringLiteral("user")).created > 0);
    QVERIFY(run.counts.value(QStringLiteral("user")).merged > 0); // the backup holds target rows
    QVERIFY(run.counts.value(QStringLiteral("order")).created > 0);
    QVERIFY(snapshot() != before);
    const std::string id = run.runId.toString(QUuid::WithoutBraces).toStdString();

    QByteArray out;
    QCOMPARE(cli({QStringLiteral("rollback"), QString::fromStdString(id)}, out), 0);
    qInfo("%s", out.constData());
    QVERIFY2(out.contains("Rollback proven"), out.constData());
    QVERIFY2(out.contains("(a)") && out.contains("(b)") && out.contains("(c)"), out.constData());

    // Exactly as before: every table of the target platform, row for row.
    const Snapshot after = snapshot();
    for (const auto &[table, digest] : before)
        QVERIFY2(after.at(table) == digest, table.c_str());
    QVERIFY(after == before);

    // Marked in ledger and workspace, audit trail kept, ledger rows and notifications gone.
    QCOMPARE(runStatus(run.runId), QStringLiteral("rolled_back"));
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = '" + id + "'"), 0);
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.notification_outbox WHERE run_id = '" + id + "'"), 0);
    QVERIFY(scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = '" + id + "'") > 0);
    auto ws = Workspace::connect();
    QVERIFY(ws.ok());
    auto record = Workspace::getRun(**ws, run.runId);
    QVERIFY(record.ok() && record->has_value());
    QCOMPARE((*record)->status, QStringLiteral("rolled_back"));
    auto log = Workspace::runLog(**ws, run.runId);
    QVERIFY(log.ok());
    bool logged = false;
    for (const Workspace::LogEntry &entry : *log)
        logged = logged || entry.message.startsWith(QStringLiteral("Rolled back by"));
    QVERIFY(logged);

    // Resume is refused and writes nothing; a second rollback has nothing left to do.
    QCOMPARE(cli({QStringLiteral("migrate"), QStringLiteral("run"), m_planPath, QStringLiteral("--backup"),
                  m_dir.filePath(QStringLiteral("resume.zqbk")), QStringLiteral("--run-id"), QString::fromStdString(id)},
                 out),
             1);
    QVERIFY2(out.contains("rolled back"), out.constData());
    QVERIFY(snapshot() == before);
    QCOMPARE(cli({QStringLiteral("rollback"), QString::fromStdString(id)}, out), 0);
    QVERIFY2(out.contains("nothing left to do"), out.constData());

    // The same plan as a new run works, and is rolled back in turn.
    const MigrationRunResult fresh = migrate();
    QVERIFY2(fresh.ok, qPrintable(fresh.error));
    QVERIFY(fresh.runId != run.runId);
    QCOMPARE(fresh.counts.value(QStringLiteral("user")).created, run.counts.value(QStringLiteral("user")).created);
    QCOMPARE(fresh.counts.value(QStringLiteral("order")).created, run.counts.value(QStringLiteral("order")).created);
    const MigrationRollbackResult undone = rollback(fresh.runId, kPassphrase);
    QVERIFY2(undone.ok && undone.proven, qPrintable(undone.error));
    QCOMPARE(undone.restoredTables, QStringList{QStringLiteral("ximalaya.account")}); // never the source's sections
    QVERIFY(snapshot() == before);
}

void TestMigrationRollback::interruptedRollbackFinishes()
{
    const Snapshot before = snapshot();
    const MigrationRunResult run = migrate();
    QVERIFY2(run.ok, qPrintable(run.error));

    // Cancelled after the first page of 10 keys was deleted.
    const MigrationRollbackResult first = rollback(run.runId, kPassphrase, 10, [](const MigrationProgress &p) {
        return p.phase == QLatin1String("rollback-delete") && p.rowsDone > 0;
    });
    QVERIFY(!first.ok);
    QVERIFY(first.cancelled);
    QCOMPARE(first.status, QStringLiteral("rolling_back"));
    QCOMPARE(runStatus(run.runId), QStringLiteral("rolling_back"));
    qint64 firstDeleted = 0;
    for (const auto &c : first.counts)
        firstDeleted += c.deleted;
    QVERIFY(firstDeleted > 0 && firstDeleted <= 10); // one page
    QVERIFY(snapshot() != before);
    auto refusal = MigrationRollback::resumeRefusal(m_target, {}, run.runId);
    QVERIFY(refusal.ok());
    QVERIFY(!refusal->isEmpty());
    // The engine itself (the GUI's path) refuses the resume too, and leaves the status alone.
    MigrationRunSettings resume = runSettings(false);
    resume.runId = run.runId;
    const MigrationRunResult resumed = MigrationRunner(resume).run();
    QVERIFY(!resumed.ok);
    QCOMPARE(resumed.status, QStringLiteral("refused"));
    QCOMPARE(runStatus(run.runId), QStringLiteral("rolling_back"));

    const MigrationRollbackResult second = rollback(run.runId, kPassphrase, 10);
    QVERIFY2(second.ok && second.proven, qPrintable(second.error + second.proof.join(QLatin1Char('\n'))));
    qint64 created = 0, deleted = 0;
    for (const auto &c : second.counts) {
        created += c.created;
        deleted += c.deleted;
        QCOMPARE(c.remaining, qint64(0));
    }
    QCOMPARE(firstDeleted + deleted, created);
    QCOMPARE(runStatus(run.runId), QStringLiteral("rolled_back"));
    QVERIFY(snapshot() == before);
}

void TestMigrationRollback::wrongPassphraseChangesNothing()
{
    const Snapshot before = snapshot();
    const MigrationRunResult run = migrate();
    QVERIFY2(run.ok, qPrintable(run.error));
    const Snapshot migrated = snapshot();

    QByteArray out;
    QCOMPARE(cli({QStringLiteral("rollback"), run.runId.toString(QUuid::WithoutBraces)}, out, "wrong horse"), 1);
    QVERIFY2(out.contains("refused") && out.contains("Wrong passphrase"), out.constData());
    QVERIFY(snapshot() == migrated);
    QCOMPARE(runStatus(run.runId), QStringLiteral("done"));
    auto ws = Workspace::connect();
    QVERIFY(ws.ok());
    auto record = Workspace::getRun(**ws, run.runId);
    QVERIFY(record.ok() && record->has_value());
    QCOMPARE((*record)->status, QStringLiteral("done"));

    // A merged user's row changed on the target after the run is set back from the backup.
    const std::string merged = text("SELECT target_key FROM zhiqiao_migration.ledger WHERE run_id = '"
                                    + run.runId.toString(QUuid::WithoutBraces).toStdString()
                                    + "' AND entity = 'user' AND outcome = 'merged' ORDER BY source_key LIMIT 1");
    QVERIFY(!merged.empty());
    QVERIFY(m_db->exec("UPDATE ximalaya.account SET display_name = 'changed after the run' WHERE account_id = '" + merged + "'"));

    // A run the ledger says is running (here: its process was killed) needs --force.
    QVERIFY(m_db->exec("UPDATE zhiqiao_migration.runs SET status = 'running' WHERE run_id = '"
                       + run.runId.toString(QUuid::WithoutBraces).toStdString() + "'"));
    const MigrationRollbackResult refused = rollback(run.runId, kPassphrase);
    QCOMPARE(refused.status, QStringLiteral("refused"));
    QVERIFY2(refused.error.contains(QStringLiteral("still running")), qPrintable(refused.error));
    MigrationRollbackSettings forced = rollbackSettings(run.runId, kPassphrase, 1000, false);
    forced.force = true;
    const MigrationRollbackResult undone = MigrationRollback(forced).run();
    QVERIFY2(undone.ok && undone.proven, qPrintable(undone.error));
    QCOMPARE(undone.rowsRestored, qint64(1));
    QCOMPARE(undone.backupMismatches, qint64(0));
    QVERIFY(snapshot() == before);
}

void TestMigrationRollback::rollbackIntoDedao()
{
    // The other direction: keys from identity columns (returning), composite keys without value
    // maps, and a child table (refunds) written in the same statement as its order.
    const Snapshot before = snapshot("dedao");
    const MigrationRunResult run = migrate(true);
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(run.counts.value(QStringLiteral("user")).created > 0);
    QVERIFY(run.counts.value(QStringLiteral("event")).created > 0);
    const std::string id = run.runId.toString(QUuid::WithoutBraces).toStdString();

    // A record the target refuses is quarantined with its whole source record, as any other.
    QVERIFY(scalar("SELECT count(*) FROM zhiqiao_migration.quarantine WHERE run_id = '" + id + "' AND reason_code = 'load_failed'") > 0);
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.quarantine WHERE run_id = '" + id
                    + "' AND reason_code = 'load_failed' AND NOT (source_record ? 'order_key' AND source_record ? 'amount')"),
             qint64(0));

    // Orders into dedao are quarantined today (the target needs an order_no that ximalaya has
    // not), so one order with a refund is written the way the load path writes it: through the
    // adapter's write section, recorded as created in the run's ledger, in one transaction.
    auto conn = m_db->connect();
    const AdapterLoadResult dedao = AdapterLoader::load(QStringLiteral(":/adapters/dedao.json"), *conn);
    QVERIFY2(dedao.ok(), qPrintable(dedao.problemsText()));
    const QString user = QString::fromStdString(text("SELECT target_key FROM zhiqiao_migration.ledger WHERE run_id = '" + id
                                                     + "' AND entity = 'user' AND outcome = 'created' LIMIT 1"));
    const QVariantMap order{{QStringLiteral("order_no"), QStringLiteral("ZQ-ROLLBACK-1")},
                            {QStringLiteral("user_key"), user},
                            {QStringLiteral("item_key"), QString::fromStdString(text("SELECT min(id)::text FROM dedao.courses"))},
                            {QStringLiteral("amount"), QStringLiteral("19.90")},
                            {QStringLiteral("channel"), QStringLiteral("ios")},
                            {QStringLiteral("status"), QStringLiteral("refunded")},
                            {QStringLiteral("ordered_at"), QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC)},
                            {QStringLiteral("refund_amount"), QStringLiteral("19.90")},
                            {QStringLiteral("refunded_at"), QDateTime::fromSecsSinceEpoch(1735776000, Qt::UTC)},
                            {QStringLiteral("refund_reason"), QStringLiteral("rollback test")}};
    auto statement = EntityWriter::insertStatement(*dedao.adapter, QStringLiteral("order"), order);
    QVERIFY2(statement.ok(), qPrintable(statement.error().message));
    auto session = PgSession::open(m_db->conninfo());
    QVERIFY(session.ok());
    QVERIFY(!(*session)->begin().isError());
    auto inserted = (*session)->execParams(statement->sql, statement->params);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().serverText));
    TargetLedger::Batch batch;
    batch.entity = QStringLiteral("order");
    batch.batchNo = 1000;
    batch.entries.push_back({QStringLiteral("simulated-1"), QString::fromStdString(*inserted->rows.front().front()),
                             TargetLedger::Outcome::Created, {}});
    QVERIFY(!TargetLedger::recordBatch(**session, run.runId, batch).isError());
    QVERIFY((*session)->commit().committed());
    QCOMPARE(scalar("SELECT count(*) FROM dedao.refunds WHERE order_id = " + *inserted->rows.front().front()), qint64(1));
    QVERIFY(snapshot("dedao") != before);

    // Through the GUI's entry point: a QFuture on the thread pool, progress from the worker thread.
    auto engine = std::make_shared<MigrationRollback>(rollbackSettings(run.runId, kPassphrase, 7, true));
    std::atomic<int> reports{0};
    engine->setProgressCallback([&reports](const MigrationProgress &) { ++reports; });
    QFuture<MigrationRollbackResult> future = startRollback(engine);
    future.waitForFinished();
    const MigrationRollbackResult undone = future.result();
    QVERIFY(reports.load() > 5);
    QVERIFY2(undone.ok && undone.proven, qPrintable(undone.error + undone.proof.join(QLatin1Char('\n'))));
    QCOMPARE(undone.counts.value(QStringLiteral("order")).deleted, qint64(1));
    QCOMPARE(undone.counts.value(QStringLiteral("order")).childDeleted, qint64(1));
    for (const QString &entity : undone.entities)
        QCOMPARE(undone.counts.value(entity).deleted, undone.counts.value(entity).created);
    QCOMPARE(undone.restoredTables, QStringList{QStringLiteral("dedao.users")});
    const Snapshot after = snapshot("dedao");
    for (const auto &[table, digest] : before)
        QVERIFY2(after.at(table) == digest, table.c_str());
}

void TestMigrationRollback::refusedWhileTheRunIsLive()
{
    // The runner holds its first user batch open; even --force must not roll back under it.
    const Snapshot before = snapshot();
    MigrationRunSettings s = runSettings(false);
    s.runId = QUuid::createUuid();
    std::atomic<bool> reached{false}, release{false};
    s.pointHook = [&](const QString &entity, int, BatchLoader::Point point) {
        if (entity != QLatin1String("user") || point != BatchLoader::Point::BeforeCommit || reached.exchange(true))
            return;
        while (!release.load())
            QThread::msleep(20);
    };
    QFuture<MigrationRunResult> running = startRun(std::make_shared<MigrationRunner>(s));
    QTRY_VERIFY_WITH_TIMEOUT(reached.load(), 60000);
    MigrationRollbackSettings forced = rollbackSettings(s.runId, kPassphrase, 1000, false);
    forced.force = true;
    const MigrationRollbackResult refused = MigrationRollback(forced).run();
    release.store(true);
    running.waitForFinished();
    QCOMPARE(refused.status, QStringLiteral("refused"));
    QVERIFY2(refused.error.contains(QStringLiteral("running right now")), qPrintable(refused.error));
    const MigrationRunResult run = running.result();
    QVERIFY2(run.ok, qPrintable(run.error));

    const MigrationRollbackResult undone = rollback(run.runId, kPassphrase);
    QVERIFY2(undone.ok && undone.proven, qPrintable(undone.error));
    QVERIFY(snapshot() == before);
}

QTEST_GUILESS_MAIN(TestMigrationRollback)
#include "tst_migrationrollback.moc"
