// Hostile text in a migration plan, against the real sandbox PostgreSQL. Nothing of a plan is SQL
// text: user keys and item keys are values (compared in memory or bound as parameters), and the
// criteria a filter compares against a vocabulary are refused by the parser, with the place.
// A run with `x"; DROP TABLE ximalaya.account; --` as a listed user and as an item map target
// ends done, the table is still there, and the hostile values moved nothing.
#include "demo/demogenerator.h"
#include "migration/migrationrunner.h"
#include "migration/workspace.h"
#include "migrationcasedatabase.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <memory>

namespace {
constexpr std::uint64_t kUsers = 150;
const QString kHostile = QStringLiteral("x\"; DROP TABLE ximalaya.account; --");
const QString kHostileQuote = QStringLiteral("1' OR '1'='1");

QStringList column(pqxx::connection &conn, const std::string &sql)
{
    pqxx::nontransaction tx(conn);
    QStringList out;
    for (const auto &row : tx.exec(sql))
        out.append(QString::fromStdString(row[0].as<std::string>()));
    return out;
}
} // namespace

class TestMigrationHostilePlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterValuesAreRefusedWithTheirPlace_data();
    void filterValuesAreRefusedWithTheirPlace();
    void hostileUserKeysAndItemMapAreOnlyValues();

private:
    QJsonObject planObject() const;

    std::unique_ptr<TestDatabase> m_seed, m_workspace;
    QTemporaryDir m_dir;
    QByteArray m_shipped;
};

void TestMigrationHostilePlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = std::make_unique<TestDatabase>(QStringLiteral("hostileplan_seed"));
    QVERIFY(m_seed->isReady());
    m_workspace = std::make_unique<TestDatabase>(QStringLiteral("hostileplan_workspace"));
    QVERIFY(m_workspace->isReady());
    qputenv(Workspace::kEnvVariable, QByteArray::fromStdString(m_workspace->conninfo()));
    QVERIFY(seedDemoPlatforms(m_seed->conninfo(), kUsers, 41));
    QFile f(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_shipped = f.readAll();
}

QJsonObject TestMigrationHostilePlan::planObject() const
{
    QJsonObject plan = QJsonDocument::fromJson(m_shipped).object();
    plan.insert(QStringLiteral("source"), QStringLiteral("dedao"));
    plan.insert(QStringLiteral("target"), QStringLiteral("ximalaya"));
    plan.insert(QStringLiteral("entities"), QJsonArray{QStringLiteral("user"), QStringLiteral("order")});
    plan.insert(QStringLiteral("batch_size"), MigrationPlan::kMinBatchSize);
    return plan;
}

void TestMigrationHostilePlan::filterValuesAreRefusedWithTheirPlace_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("place");
    QTest::newRow("channel") << QStringLiteral("channels") << QJsonValue(QJsonArray{kHostile}) << QStringLiteral("scope.channels[0]");
    QTest::newRow("consent purpose") << QStringLiteral("consent_purpose") << QJsonValue(kHostile) << QStringLiteral("scope.consent_purpose");
    QTest::newRow("registered from") << QStringLiteral("registered_from") << QJsonValue(kHostileQuote) << QStringLiteral("scope.registered_from");
    QTest::newRow("registered to") << QStringLiteral("registered_to") << QJsonValue(kHostile) << QStringLiteral("scope.registered_to");
}

void TestMigrationHostilePlan::filterValuesAreRefusedWithTheirPlace()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, place);
    QJsonObject plan = planObject();
    plan.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("filter")}, {key, value}});
    const QByteArray text = QJsonDocument(plan).toJson(QJsonDocument::Indented);
    const MigrationPlanLoadResult r = MigrationPlanLoader::loadData(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.plan.has_value());
    bool found = false;
    for (const PlanProblem &p : r.problems) {
        if (p.place != place)
            continue;
        found = true;
        QVERIFY2(p.line > 0, qPrintable(p.toString()));
        // The line the problem names is the one holding the value.
        const QString line = QString::fromUtf8(text.split('\n').value(p.line - 1));
        QVERIFY2(line.contains(key) || line.contains(QStringLiteral("DROP TABLE")) || line.contains(QStringLiteral("OR")),
                 qPrintable(p.toString() + QStringLiteral(" / ") + line));
    }
    QVERIFY2(found, qPrintable(r.problemsText(QStringLiteral("plan.json"))));
}

void TestMigrationHostilePlan::hostileUserKeysAndItemMapAreOnlyValues()
{
    MigrationCaseDatabase db(m_seed->name(), QStringLiteral("zq_hostileplan_run"));
    pqxx::connection conn("dbname=" + db.name());
    // Fifteen users who consented to the migration and have orders, plus the hostile keys.
    const QStringList users = column(conn, "SELECT DISTINCT u.id::text FROM dedao.users u"
                                           " JOIN dedao.user_consents k ON k.user_id = u.id AND k.purpose = 'migration' AND k.agreed"
                                           " JOIN dedao.orders o ON o.user_id = u.id ORDER BY 1 LIMIT 15");
    QCOMPARE(users.size(), 15);
    const std::string userList = "'{" + users.join(QLatin1Char(',')).toStdString() + "}'::bigint[]";
    // Two courses those users bought: one mapped to hostile text, one to a well-formed album key
    // the target does not have. Their orders must not be written.
    const QStringList courses = column(conn, "SELECT DISTINCT course_id::text FROM dedao.orders WHERE user_id = ANY("
                                                 + userList + ") ORDER BY 1 LIMIT 2");
    QCOMPARE(courses.size(), 2);
    const QString absentAlbum = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QJsonObject plan = planObject();
    QJsonArray listed;
    for (const QString &u : users)
        listed.append(u);
    listed.append(kHostile);
    listed.append(kHostileQuote);
    plan.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("users")}, {QStringLiteral("user_keys"), listed}});
    QJsonObject items = plan.value(QStringLiteral("items")).toObject();
    items.insert(QStringLiteral("map"), QJsonObject{{courses.at(0), kHostile}, {courses.at(1), absentAlbum}});
    plan.insert(QStringLiteral("items"), items);
    const MigrationPlanLoadResult loaded = MigrationPlanLoader::loadData(QJsonDocument(plan).toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.problemsText()));
    QVERIFY(loaded.plan->scope.userKeys.contains(kHostile)); // a value like any other key

    const std::map<std::string, qint64> before = db.targetRows();
    const qint64 orphanPurchasesBefore = db.scalar("SELECT count(*) FROM ximalaya.purchase p WHERE NOT EXISTS"
                                                   " (SELECT 1 FROM ximalaya.album a WHERE a.album_id = p.album_id)");
    const QUuid runId = QUuid::createUuid();
    MigrationRunSettings s = db.runSettings(*loaded.plan, runId, m_dir.filePath(QStringLiteral("backup.zqbk")));

    // The dry run says the hostile keys name nobody on the source.
    MigrationRunSettings dry = s;
    dry.dryRun = true;
    dry.runId = QUuid();
    const MigrationRunResult preview = MigrationRunner(dry).run();
    QVERIFY2(preview.ok, qPrintable(preview.error));
    QStringList notFound;
    for (const MigrationUserOutcome &u : preview.users)
        if (u.reasonCode == QLatin1String("not_found"))
            notFound.append(u.sourceKey);
    notFound.sort();
    QCOMPARE(notFound, (QStringList{kHostileQuote, kHostile}));

    const MigrationRunResult r = MigrationRunner(s).run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.status, QStringLiteral("done"));
    QVERIFY(r.balanced());
    QCOMPARE(r.counts.value(QStringLiteral("user")).source, qint64(users.size()));
    db.verifyExactTarget(runId, before);
    if (QTest::currentTestFailed())
        return;
    const std::string run = db.runLiteral(runId);
    QVERIFY(db.scalar("SELECT count(*) FROM ximalaya.account") >= before.at("user")); // the table is there
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.ledger WHERE run_id = " + run
                       + " AND entity = 'user' AND NOT (source_key::bigint = ANY(" + userList + "))"),
             qint64(0));
    // The orders of both mapped courses are quarantined as orphans, none written.
    const std::string mapped = "('" + courses.at(0).toStdString() + "', '" + courses.at(1).toStdString() + "')";
    const qint64 mappedOrders = db.scalar("SELECT count(*) FROM dedao.orders WHERE user_id = ANY(" + userList
                                          + ") AND course_id::text IN " + mapped);
    QVERIFY(mappedOrders > 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM zhiqiao_migration.quarantine q JOIN dedao.orders o ON o.id::text = q.source_key"
                       " WHERE q.run_id = " + run + " AND q.entity = 'order' AND q.reason_code = 'orphan_item'"
                       " AND o.course_id::text IN " + mapped),
             mappedOrders);
    QCOMPARE(db.scalar("SELECT count(*) FROM ximalaya.purchase p WHERE NOT EXISTS"
                       " (SELECT 1 FROM ximalaya.album a WHERE a.album_id = p.album_id)"),
             orphanPurchasesBefore);
    // The run log says which listed users were not found.
    auto ws = Workspace::connect();
    QVERIFY(ws.ok());
    auto log = Workspace::runLog(**ws, runId);
    QVERIFY(log.ok());
    bool told = false;
    for (const Workspace::LogEntry &e : *log)
        told = told || (e.level == QLatin1String("warning") && e.message.contains(kHostile));
    QVERIFY(told);
}

QTEST_GUILESS_MAIN(TestMigrationHostilePlan)
#include "tst_migrationhostileplan.moc"
