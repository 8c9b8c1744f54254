// The migration engine's load path against the real sandbox PostgreSQL: dry run, a real run that
// balances, a second run that writes nothing, cancel + resume into dedao (identity keys) with no
// duplicates, the next ordinary insert after the load, and the workspace run record.
#include "demo/demogenerator.h"
#include "migration/migrationrunner.h"
#include "migration/targetledger.h"
#include "migration/workspace.h"
#include "migrationcasedatabase.h"
#include "backup/backupverifier.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/nontransaction>

#include <atomic>
#include <memory>

namespace {
constexpr std::uint64_t kUsers = 300;
const ScryptParams kFastScrypt{1u << 10, 8, 1};
} // namespace

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunIsConsistent();
    void runBalancesAndLoads();
    void secondRunWritesNothing();
    void cancelThenResumeIntoDedao();
    void inDoubtCommitsResolveFromLedger();
    void wholeScopeBacksUpWholeTables();

private:
    MigrationRunSettings settings(bool reverse, bool dryRun);
    qint64 scalar(const std::string &sql);
    qint64 targetRows(const char *schema);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<pqxx::connection> m_conn;
    QTemporaryDir m_dir;
    MigrationPlan m_plan;
    QUuid m_firstRun;
    int m_backups = 0;
};

qint64 TestMigrationRunner::scalar(const std::string &sql)
{
    pqxx::nontransaction tx(*m_conn);
    return tx.exec1(sql)[0].as<qint64>();
}

qint64 TestMigrationRunner::targetRows(const char *schema)
{
    const std::string s(schema);
    if (s == "ximalaya")
        return scalar("SELECT (SELECT count(*) FROM ximalaya.account) + (SELECT count(*) FROM ximalaya.purchase)"
                      " + (SELECT count(*) FROM ximalaya.listen_progress) + (SELECT count(*) FROM ximalaya.behavior_log)"
                      " + (SELECT count(*) FROM ximalaya.vip_subscription) + (SELECT count(*) FROM ximalaya.privacy_consent)");
    return scalar("SELECT (SELECT count(*) FROM dedao.users) + (SELECT count(*) FROM dedao.orders)"
                  " + (SELECT count(*) FROM dedao.refunds) + (SELECT count(*) FROM dedao.study_progress)"
                  " + (SELECT count(*) FROM dedao.user_actions) + (SELECT count(*) FROM dedao.vip_members)"
                  " + (SELECT count(*) FROM dedao.user_consents)");
}

MigrationRunSettings TestMigrationRunner::settings(bool reverse, bool dryRun)
{
    MigrationRunSettings s;
    s.plan = m_plan;
    ConnectionProfile dedao = m_db->profile(QStringLiteral("dedao"));
    dedao.adapterPath = QStringLiteral(":/adapters/dedao.json");
    ConnectionProfile ximalaya = m_db->profile(QStringLiteral("ximalaya"));
    ximalaya.adapterPath = QStringLiteral(":/adapters/ximalaya.json");
    s.source = reverse ? ximalaya : dedao;
    s.target = reverse ? dedao : ximalaya;
    s.plan.source = s.source.name;
    s.plan.target = s.target.name;
    s.dryRun = dryRun;
    if (!dryRun)
        s.backup = MigrationBackup::Settings{m_dir.filePath(QStringLiteral("backup-%1.zqbk").arg(++m_backups)),
                                             BackupSecret::fromPassphrase("correct horse"), kFastScrypt};
    return s;
}

void TestMigrationRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>(QStringLiteral("migrationrunner"));
    QVERIFY(m_db->isReady());
    m_conn = m_db->connect();
    qputenv(Workspace::kEnvVariable, QByteArray::fromStdString(m_db->conninfo()));
    QVERIFY(seedDemoPlatforms(m_db->conninfo(), kUsers, 11));
    auto plan = shippedDemoPlan(100); // several batches, so cancel and resume have something to do
    QVERIFY(plan);
    m_plan = *plan;
}

void TestMigrationRunner::dryRunIsConsistent()
{
    const qint64 before = targetRows("ximalaya");
    const MigrationRunSettings s = settings(false, true);
    // Through the GUI's entry point: a QFuture on the thread pool, progress from the worker thread.
    auto runner = std::make_shared<MigrationRunner>(s);
    std::atomic<int> reports{0};
    runner->setProgressCallback([&reports](const MigrationProgress &) { ++reports; });
    QFuture<MigrationRunResult> future = startRun(runner);
    future.waitForFinished();
    const MigrationRunResult r = future.result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(reports.load() > 2);
    QCOMPARE(r.status, QStringLiteral("dry-run"));
    QCOMPARE(r.planFingerprint, s.plan.fingerprint());
    QVERIFY(r.balanced());
    for (const QString &entity : m_plan.entities)
        QVERIFY2(r.counts.contains(entity), qPrintable(entity));
    const MigrationEntityCounts users = r.counts.value(QStringLiteral("user"));
    QVERIFY(users.created > 0);
    QVERIFY(users.merged > 0); // the demo puts 30 % of people on both platforms
    qint64 listed = 0, excluded = 0;
    for (const MigrationUserOutcome &u : r.users)
        ++(u.outcome == QLatin1String("excluded") ? excluded : listed);
    QCOMPARE(listed, users.source);
    QVERIFY(excluded > 0); // not everyone consented to the migration
    QCOMPARE(excluded + users.source, scalar("SELECT count(*) FROM dedao.users"));
    QVERIFY(!r.samples.isEmpty());
    QVERIFY(r.counts.value(QStringLiteral("order")).created > 0);
    // Scope "all": events of users the source does not have are in scope and quarantined, not left out.
    const qint64 orphanEvents = scalar("SELECT count(*) FROM dedao.user_actions a"
                                       " WHERE NOT EXISTS (SELECT 1 FROM dedao.users u WHERE u.id = a.user_id)");
    QVERIFY(orphanEvents > 0);
    QCOMPARE(r.counts.value(QStringLiteral("event")).reasons.value(QStringLiteral("orphan_user")), orphanEvents);
    // A merged person's consents are on the target already: linked to the target's, which the
    // dry run reads (never writes) to say so.
    QVERIFY(r.counts.value(QStringLiteral("consent")).merged > 0);
    QCOMPARE(r.counts.value(QStringLiteral("consent")).reasons.value(QStringLiteral("load_failed")), 0);
    QCOMPARE(targetRows("ximalaya"), before); // nothing written
    QVERIFY(r.toJson().value(QStringLiteral("entities")).isObject());
}

void TestMigrationRunner::runBalancesAndLoads()
{
    const qint64 accountsBefore = scalar("SELECT count(*) FROM ximalaya.account");
    MigrationRunner runner(settings(false, false));
    const MigrationRunResult r = runner.run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.status, QStringLiteral("done"));
    QVERIFY(r.balanced());
    QCOMPARE(r.backupSha256.size(), 64);
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        qInfo("%s: %s", qPrintable(it.key()), QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact).constData());
    m_firstRun = r.runId;
    const std::string run = "'" + r.runId.toString(QUuid::WithoutBraces).toStdString() + "'::uuid";
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it) {
        const std::string entity = it.key().toStdString();
        QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = " + run + " AND entity = '" + entity + "'"),
                 it->created + it->merged + it->skipped);
    }
    // Records a merged person already has on the target (same key: a consent for the same
    // purpose, progress on the same album) are linked to hers, not refused by the target.
    QVERIFY(r.counts.value(QStringLiteral("consent")).merged > 0);
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.quarantine WHERE run_id = " + run + " AND reason_code = 'load_failed'"),
             qint64(0));
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.ledger l JOIN ximalaya.privacy_consent c"
                    " ON l.target_key = c.account_id::text || chr(31) || CASE c.consent_type WHEN 'MIGRATE' THEN 'migration'"
                    " WHEN 'SHARE' THEN 'sharing' ELSE 'recommendation' END"
                    " WHERE l.run_id = " + run + " AND l.entity = 'consent' AND l.outcome = 'merged'"),
             r.counts.value(QStringLiteral("consent")).merged);
    const MigrationEntityCounts users = r.counts.value(QStringLiteral("user"));
    QCOMPARE(scalar("SELECT count(*) FROM ximalaya.account"), accountsBefore + users.created);
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.notification_outbox WHERE run_id = " + run),
             users.created + users.merged);
    // Every created order is on the target, owned by the migrated user, with the same amount.
    const MigrationEntityCounts orders = r.counts.value(QStringLiteral("order"));
    QVERIFY(orders.created > 0);
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.ledger l"
                    " JOIN dedao.orders o ON o.id::text = l.source_key"
                    " JOIN ximalaya.purchase p ON p.purchase_id::text = l.target_key"
                    " JOIN zhiqiao_migration.ledger lu ON lu.entity = 'user' AND lu.source_key = o.user_id::text"
                    "  AND lu.run_id = l.run_id AND lu.target_key = p.account_id::text"
                    " WHERE l.run_id = " + run + " AND l.entity = 'order' AND l.outcome = 'created'"
                    "  AND p.paid_yuan = o.amount_fen / 100.0"),
             orders.created);
    auto ws = Workspace::connect();
    QVERIFY(ws.ok());
    auto record = Workspace::getRun(**ws, r.runId);
    QVERIFY(record.ok() && record->has_value());
    QCOMPARE((*record)->status, QStringLiteral("done"));
    QCOMPARE((*record)->backupSha256, r.backupSha256);
    QVERIFY(QFile::exists((*record)->backupPath));
    // The backup holds the source tables of the plan restricted to the users in scope, with the
    // table joined to orders (refunds) restricted to those users' orders.
    auto summary = BackupVerifier::verify((*record)->backupPath, BackupSecret::fromPassphrase("correct horse"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QMap<QString, qint64> tables;
    for (const auto &[table, rows] : summary->tableRows)
        tables.insert(table, rows);
    const qint64 refundsInScope = scalar(
        "SELECT count(*) FROM dedao.refunds r JOIN dedao.orders o ON o.id = r.order_id"
        " WHERE o.user_id IN (SELECT user_id FROM dedao.user_consents WHERE purpose = 'migration' AND agreed)");
    QVERIFY(refundsInScope > 0);
    QCOMPARE(tables.value(QStringLiteral("dedao.refunds"), -1), refundsInScope);
    QCOMPARE(tables.value(QStringLiteral("dedao.orders"), -1),
             scalar("SELECT count(*) FROM dedao.orders WHERE user_id IN"
                    " (SELECT user_id FROM dedao.user_consents WHERE purpose = 'migration' AND agreed)"));
}

void TestMigrationRunner::secondRunWritesNothing()
{
    QVERIFY(!m_firstRun.isNull());
    const qint64 before = targetRows("ximalaya");
    MigrationRunner again(settings(false, false));
    const MigrationRunResult r = again.run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.balanced());
    QCOMPARE(targetRows("ximalaya"), before);
    for (const MigrationEntityCounts &c : r.counts)
        QCOMPARE(c.created, qint64(0));
    QVERIFY(r.counts.value(QStringLiteral("order")).alreadyMigrated > 0);
    // The same run id again: the ledger says every batch is done.
    MigrationRunSettings same = settings(false, false);
    same.runId = m_firstRun;
    const MigrationRunResult resumed = MigrationRunner(same).run();
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QCOMPARE(targetRows("ximalaya"), before);
    // A changed plan may not resume that run.
    same.plan.batchSize = 200;
    const MigrationRunResult refused = MigrationRunner(same).run();
    QVERIFY(!refused.ok);
    QCOMPARE(refused.status, QStringLiteral("refused"));
}

void TestMigrationRunner::cancelThenResumeIntoDedao()
{
    const qint64 usersBefore = scalar("SELECT count(*) FROM dedao.users");
    const qint64 rowsBefore = targetRows("dedao");
    MigrationRunSettings s = settings(true, false);
    s.plan.entities = {QStringLiteral("user"), QStringLiteral("order"), QStringLiteral("event")};
    std::atomic<bool> cancel{false};
    MigrationRunner first(s);
    first.setProgressCallback([&](const MigrationProgress &p) {
        if (p.phase == QLatin1String("load"))
            cancel.store(true);
    });
    const MigrationRunResult stopped = first.run(&cancel);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.status, QStringLiteral("cancelled"));
    const std::string run = "'" + stopped.runId.toString(QUuid::WithoutBraces).toStdString() + "'::uuid";
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.batches WHERE run_id = " + run), qint64(1));

    s.runId = stopped.runId;
    MigrationRunner second(s);
    const MigrationRunResult r = second.run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.balanced());
    QCOMPARE(r.backupSha256, stopped.backupSha256.isEmpty() ? r.backupSha256 : stopped.backupSha256);
    const MigrationEntityCounts users = r.counts.value(QStringLiteral("user"));
    QVERIFY(users.created > 0);
    QCOMPARE(scalar("SELECT count(*) FROM dedao.users"), usersBefore + users.created);
    // No duplicates: every created key is one row, and the target grew by exactly what was created.
    qint64 created = 0;
    for (const MigrationEntityCounts &c : r.counts)
        created += c.created;
    const qint64 refundsAdded = scalar("SELECT count(*) FROM dedao.refunds f JOIN zhiqiao_migration.ledger l"
                                       " ON l.entity = 'order' AND l.target_key = f.order_id::text WHERE l.run_id = " + run);
    QCOMPARE(targetRows("dedao"), rowsBefore + created + refundsAdded);
    QCOMPARE(scalar("SELECT count(DISTINCT target_key) FROM zhiqiao_migration.ledger WHERE run_id = " + run
                    + " AND outcome = 'created'"), created);
    // The identity sequence moved past the migrated rows: an ordinary insert does not collide.
    QCOMPARE(scalar("WITH n AS (INSERT INTO dedao.users (nickname, reg_time, reg_channel) VALUES ('after', 1700000000, 'pc')"
                    " RETURNING id) SELECT count(*) FROM n"), qint64(1));
}

void TestMigrationRunner::inDoubtCommitsResolveFromLedger()
{
    // Entities not moved yet in this direction; the users are already in the ledger (linked).
    const qint64 progressBefore = scalar("SELECT count(*) FROM dedao.study_progress");
    const qint64 consentsBefore = scalar("SELECT count(*) FROM dedao.user_consents");
    MigrationRunSettings s = settings(true, false);
    s.plan.entities = {QStringLiteral("user"), QStringLiteral("progress"), QStringLiteral("consent")};
    int faults = 0;
    s.faultHook = [&](const QString &entity, int batchNo) {
        if (batchNo != 1)
            return BatchLoader::Fault::None;
        if (entity == QLatin1String("progress")) {
            ++faults;
            return BatchLoader::Fault::LoseCommitAck; // committed: must not be redone
        }
        if (entity == QLatin1String("consent")) {
            ++faults;
            return BatchLoader::Fault::LoseCommit; // rolled back: must be redone
        }
        return BatchLoader::Fault::None;
    };
    const MigrationRunResult r = MigrationRunner(s).run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(faults, 2);
    QVERIFY(r.balanced());
    const MigrationEntityCounts progress = r.counts.value(QStringLiteral("progress"));
    const MigrationEntityCounts consents = r.counts.value(QStringLiteral("consent"));
    QVERIFY(progress.created > 0);
    QVERIFY(consents.created > 0);
    QCOMPARE(scalar("SELECT count(*) FROM dedao.study_progress"), progressBefore + progress.created);
    QCOMPARE(scalar("SELECT count(*) FROM dedao.user_consents"), consentsBefore + consents.created);
    QCOMPARE(r.counts.value(QStringLiteral("user")).created, qint64(0));
}

// Scope "all" without a consent rule: every source row is in scope (orphans included, to be
// quarantined), so the backup holds the source tables whole, and the run holds no user list.
void TestMigrationRunner::wholeScopeBacksUpWholeTables()
{
    MigrationRunSettings s = settings(false, false);
    s.plan.requireMigrationConsent = false;
    s.plan.scope = PlanScope{};
    s.plan.scope.kind = PlanScope::Kind::All;
    s.plan.entities = {QStringLiteral("user"), QStringLiteral("order")};
    const MigrationRunResult r = MigrationRunner(s).run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.balanced());
    QCOMPARE(r.counts.value(QStringLiteral("order")).source, scalar("SELECT count(*) FROM dedao.orders"));
    auto summary = BackupVerifier::verify(s.backup->path, BackupSecret::fromPassphrase("correct horse"));
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QMap<QString, qint64> tables;
    for (const auto &[table, rows] : summary->tableRows)
        tables.insert(table, rows);
    for (const char *table : {"users", "orders", "refunds"})
        QCOMPARE(tables.value(QStringLiteral("dedao.") + QLatin1String(table), -1),
                 scalar(std::string("SELECT count(*) FROM dedao.") + table));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
