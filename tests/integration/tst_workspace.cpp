// Workspace against the real sandbox: where it lives (environment, settings, default), database
// creation on first use, idempotent schema, run records and their log.
#include "migration/workspace.h"
#include "testdatabase.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char *kCreatedDb = "zq_workspace_created";
}

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
        qunsetenv(Workspace::kEnvVariable);
        m_db = std::make_unique<TestDatabase>(QStringLiteral("workspace"));
        QVERIFY(m_db->isReady());
    }

    void locationPrefersEnvironmentThenSettings()
    {
        Workspace::Location l = Workspace::location();
        QCOMPARE(l.source, Workspace::Location::Source::Default);
        QCOMPARE(l.conninfo, std::string("dbname=zhiqiao_workspace"));
        QVERIFY(l.createIfMissing);
        {
            QSettings s(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            s.setValue(QString::fromLatin1(Workspace::kSettingsKey), QStringLiteral("dbname=from_settings"));
        }
        l = Workspace::location();
        QCOMPARE(l.source, Workspace::Location::Source::Settings);
        QCOMPARE(l.conninfo, std::string("dbname=from_settings"));
        QVERIFY(!l.createIfMissing);
        QVERIFY(l.describe().contains(QStringLiteral("from_settings")));
        qputenv(Workspace::kEnvVariable, "host=elsewhere dbname=from_env password=secret");
        l = Workspace::location();
        QCOMPARE(l.source, Workspace::Location::Source::Environment);
        QCOMPARE(l.conninfo, std::string("host=elsewhere dbname=from_env password=secret"));
        QVERIFY(l.describe().contains(QStringLiteral("elsewhere")));
        QVERIFY(!l.describe().contains(QStringLiteral("secret")));
        qunsetenv(Workspace::kEnvVariable);
    }

    void missingDatabaseIsCreatedOnlyWhenAllowed()
    {
        auto admin = PgSession::open("dbname=postgres");
        QVERIFY(admin.ok());
        QVERIFY((*admin)->exec(std::string("DROP DATABASE IF EXISTS \"") + kCreatedDb + "\" WITH (FORCE)").ok());

        Workspace::Location l;
        l.source = Workspace::Location::Source::Settings;
        l.conninfo = std::string("dbname=") + kCreatedDb;
        auto refused = Workspace::connect(l);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, DbError::Kind::UnknownDatabase);

        l.createIfMissing = true;
        auto created = Workspace::connect(l);
        QVERIFY2(created.ok(), qPrintable(created.error().serverText));
        auto again = Workspace::connect(l); // second open: exists, schema already there
        QVERIFY(again.ok());
        auto runs = Workspace::listRuns(**again);
        QVERIFY(runs.ok());
        QVERIFY(runs->empty());
        created = DbError{};
        again = DbError{};
        QVERIFY((*admin)->exec(std::string("DROP DATABASE IF EXISTS \"") + kCreatedDb + "\" WITH (FORCE)").ok());
    }

    void schemaIsIdempotent()
    {
        Workspace::Location l;
        l.conninfo = m_db->conninfo();
        auto s = Workspace::connect(l);
        QVERIFY2(s.ok(), qPrintable(s.error().serverText));
        m_s = std::move(s.value());
        for (int i = 0; i < 2; ++i)
            QVERIFY(!Workspace::ensureSchema(*m_s).isError());
        auto n = m_s->execParams("SELECT count(*) FROM \"zhiqiao_workspace\".\"schema_version\"");
        QVERIFY(n.ok());
        QCOMPARE(*n->rows[0][0], std::string("1"));
    }

    void runLifecycle()
    {
        Workspace::Run run;
        run.planJson = QByteArrayLiteral("{\"version\": 1, \"source\": \"得到\", \"target\": \"喜马拉雅\"}");
        run.planFingerprint = QStringLiteral("abc123");
        run.source = QStringLiteral("dedao@localhost");
        run.target = QStringLiteral("ximalaya@localhost");
        auto created = Workspace::createRun(*m_s, run);
        QVERIFY2(created.ok(), qPrintable(created.error().serverText));
        QVERIFY(!created->runId.isNull());
        QCOMPARE(created->status, QStringLiteral("created"));
        QCOMPARE(created->operatorName, Workspace::operatorName());
        QCOMPARE(created->zhiqiaoVersion, QStringLiteral(ZQ_VERSION));
        QCOMPARE(created->planJson, run.planJson); // kept as written
        QVERIFY(created->createdAt.isValid());
        QVERIFY(!created->finishedAt.isValid());

        Workspace::RunUpdate u;
        u.status = QStringLiteral("running");
        u.phase = QStringLiteral("load");
        u.backupPath = QStringLiteral("/tmp/备份.zqbk");
        u.backupSha256 = QStringLiteral("ff00");
        QVERIFY(!Workspace::updateRun(*m_s, created->runId, u).isError());
        Workspace::RunUpdate done;
        done.status = QStringLiteral("finished");
        done.ledgerSummaryJson = QByteArrayLiteral("{\"user\": {\"created\": 10}}");
        done.reportJson = QByteArrayLiteral("{\"verdict\": \"ok\"}");
        done.finished = true;
        QVERIFY(!Workspace::updateRun(*m_s, created->runId, done).isError());
        QVERIFY(Workspace::updateRun(*m_s, QUuid::createUuid(), done).isError());

        QVERIFY(!Workspace::appendLog(*m_s, created->runId, QStringLiteral("info"), QStringLiteral("开始")).isError());
        QVERIFY(!Workspace::appendLog(*m_s, created->runId, QStringLiteral("error"), QStringLiteral("second")).isError());

        auto got = Workspace::getRun(*m_s, created->runId);
        QVERIFY(got.ok() && got->has_value());
        const Workspace::Run &r = **got;
        QCOMPARE(r.status, QStringLiteral("finished"));
        QCOMPARE(r.phase, QStringLiteral("load"));
        QCOMPARE(r.backupPath, QStringLiteral("/tmp/备份.zqbk"));
        QCOMPARE(r.backupSha256, QStringLiteral("ff00"));
        QVERIFY(r.reportJson.contains("\"verdict\""));
        QVERIFY(r.ledgerSummaryJson.contains("\"created\""));
        QVERIFY(r.finishedAt.isValid());
        QVERIFY(r.updatedAt >= r.createdAt);

        Workspace::Run second = run;
        second.planFingerprint = QStringLiteral("def456");
        auto createdSecond = Workspace::createRun(*m_s, second);
        QVERIFY(createdSecond.ok());
        auto list = Workspace::listRuns(*m_s);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->front().runId, createdSecond->runId); // newest first
        QVERIFY(list->front().planJson.isEmpty());          // documents only through getRun
        QVERIFY(!Workspace::getRun(*m_s, QUuid::createUuid())->has_value());

        auto log = Workspace::runLog(*m_s, created->runId);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), std::size_t(2));
        QCOMPARE(log->at(0).message, QStringLiteral("开始"));
        QCOMPARE(log->at(1).level, QStringLiteral("error"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgSession> m_s;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
