#include "migrationcasedatabase.h"

#include "backup/backupsecret.h"
#include "demo/demogenerator.h"
#include "migration/migrationplanparser.h"

#include <QFile>

#include <QTest>

#include <pqxx/nontransaction>

namespace {
const std::map<std::string, std::string> kTargetTables{
    {"user", "ximalaya.account"},             {"order", "ximalaya.purchase"},
    {"progress", "ximalaya.listen_progress"}, {"event", "ximalaya.behavior_log"},
    {"membership", "ximalaya.vip_subscription"}, {"consent", "ximalaya.privacy_consent"},
};
} // namespace

MigrationCaseDatabase::MigrationCaseDatabase(const QString &templateName, const QString &name)
    : m_name(name.toStdString())
{
    pqxx::connection admin("dbname=" + qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")).toStdString());
    pqxx::nontransaction tx(admin);
    tx.exec0("DROP DATABASE IF EXISTS " + tx.quote_name(m_name) + " WITH (FORCE)");
    tx.exec0("CREATE DATABASE " + tx.quote_name(m_name) + " TEMPLATE " + tx.quote_name(templateName.toStdString()));
    m_conn = std::make_unique<pqxx::connection>("dbname=" + m_name); // names are zq_[a-z0-9_]+
}

std::string MigrationCaseDatabase::runLiteral(const QUuid &runId)
{
    return "'" + runId.toString(QUuid::WithoutBraces).toStdString() + "'::uuid";
}

qint64 MigrationCaseDatabase::scalar(const std::string &sql)
{
    pqxx::nontransaction tx(*m_conn);
    return tx.exec1(sql)[0].as<qint64>();
}

std::map<std::string, qint64> MigrationCaseDatabase::targetRows()
{
    std::map<std::string, qint64> rows;
    for (const auto &[entity, table] : kTargetTables)
        rows[entity] = scalar("SELECT count(*) FROM " + table);
    return rows;
}

int MigrationCaseDatabase::terminate(const QString &applicationName)
{
    pqxx::nontransaction tx(*m_conn);
    const pqxx::result r = tx.exec_params("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000))"
                                          " FROM pg_stat_activity WHERE datname = $1 AND application_name = $2",
                                          m_name, applicationName.toStdString());
    return r[0][0].as<int>();
}

MigrationRunSettings MigrationCaseDatabase::runSettings(const MigrationPlan &plan, const QUuid &runId,
                                                        const QString &backupPath) const
{
    const auto profile = [this](const QString &platform) {
        ConnectionProfile p;
        p.id = p.name = platform;
        p.host = qEnvironmentVariable("PGHOST");
        p.port = qEnvironmentVariableIntValue("PGPORT");
        p.database = QString::fromStdString(m_name);
        p.user = qEnvironmentVariable("PGUSER");
        p.sslMode = QStringLiteral("disable");
        p.adapterPath = QStringLiteral(":/adapters/%1.json").arg(platform);
        return p;
    };
    MigrationRunSettings s;
    s.plan = plan;
    s.source = profile(QStringLiteral("dedao"));
    s.target = profile(QStringLiteral("ximalaya"));
    s.plan.source = s.source.name;
    s.plan.target = s.target.name;
    s.runId = runId;
    s.backup = MigrationBackup::Settings{backupPath, BackupSecret::fromPassphrase("correct horse"), ScryptParams{1u << 10, 8, 1}};
    return s;
}

void MigrationCaseDatabase::verifyExactTarget(const QUuid &runId, const std::map<std::string, qint64> &before)
{
    const std::string run = runLiteral(runId);
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.runs WHERE run_id = " + run + " AND status = 'done'"), qint64(1));
    qint64 createdTotal = 0;
    for (const auto &[entity, table] : kTargetTables) {
        const qint64 created = scalar("SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = " + run
                                      + " AND entity = '" + entity + "' AND outcome = 'created'");
        createdTotal += created;
        const qint64 rows = scalar("SELECT count(*) FROM " + table);
        QVERIFY2(rows == before.at(entity) + created, qPrintable(QStringLiteral("%1: %2 rows, expected %3 + %4")
                                                                     .arg(QString::fromStdString(table)).arg(rows)
                                                                     .arg(before.at(entity)).arg(created)));
    }
    QVERIFY(createdTotal > 0);
    QCOMPARE(scalar("SELECT count(*) FROM (SELECT entity, target_key FROM zhiqiao_migration.ledger WHERE run_id = " + run
                    + " AND outcome = 'created' GROUP BY 1, 2 HAVING count(*) > 1) d"),
             qint64(0));
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.batches b WHERE b.run_id = " + run
                    + " AND b.rows <> (SELECT count(*) FROM zhiqiao_migration.ledger l WHERE l.run_id = b.run_id"
                      " AND l.entity = b.entity AND l.batch_no = b.batch_no)"
                      " + (SELECT count(*) FROM zhiqiao_migration.quarantine q WHERE q.run_id = b.run_id"
                      " AND q.entity = b.entity AND q.batch_no = b.batch_no)"),
             qint64(0));
    QCOMPARE(scalar("SELECT count(*) FROM (SELECT entity FROM zhiqiao_migration.batches WHERE run_id = " + run
                    + " GROUP BY entity HAVING max(batch_no) <> count(*)) g"),
             qint64(0));
    // Every created behaviour row the ledger names is on the target.
    QCOMPARE(scalar("SELECT count(*) FROM zhiqiao_migration.ledger l WHERE l.run_id = " + run
                    + " AND l.entity = 'event' AND l.outcome = 'created' AND NOT EXISTS"
                      " (SELECT 1 FROM ximalaya.behavior_log b WHERE b.log_id::text = l.target_key)"),
             qint64(0));
}

bool seedDemoPlatforms(const std::string &conninfo, int users, int seed)
{
    DemoSeedOptions options;
    options.users = users;
    options.seed = seed;
    options.conninfo = conninfo;
    auto seeded = DemoGenerator(options).seed();
    if (!seeded.ok())
        qWarning("seeding the demo platforms failed: %s %s", qPrintable(seeded.error().message),
                 qPrintable(seeded.error().serverText));
    return seeded.ok();
}

std::optional<MigrationPlan> shippedDemoPlan(int batchSize)
{
    QFile f(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto loaded = MigrationPlanLoader::loadData(f.readAll());
    if (!loaded.ok()) {
        qWarning("%s", qPrintable(loaded.problemsText()));
        return std::nullopt;
    }
    MigrationPlan plan = *loaded.plan;
    plan.batchSize = batchSize;
    return plan;
}
