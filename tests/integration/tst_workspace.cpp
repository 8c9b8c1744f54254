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
        QCOMPARE(*n->rows[0][0], std::string("2"));
    }

    void versionOneWorkspaceIsUpgraded()
    {
        // A workspace made by the first release: no identity decisions yet.
        QVERIFY(m_s->exec("DROP TABLE \"zhiqiao_workspace\".\"identity_decisions\";"
                          " DELETE FROM \"zhiqiao_workspace\".\"schema_version\" WHERE \"version\" = 2").ok());
        QVERIFY(!Workspace::ensureSchema(*m_s).isError());
        auto v = m_s->execParams("SELECT max(\"version\") FROM \"zhiqiao_workspace\".\"schema_version\"");
        QCOMPARE(*v->rows[0][0], std::string("2"));
        QVERIFY(Workspace::identityDecisions(*m_s).ok());
    }

    void identityDecisionsKeepTheirHistory()
    {
        const QString a = QStringLiteral("dedao:1"), b = QStringLiteral("ximalaya:00000000-0000-0000-0000-000000000002");
        const QString shared = QStringLiteral("phone:+8613800138000");
        auto first = Workspace::recordIdentityDecision(*m_s, IdentityDecision::make(b, a, IdentityDecision::Verdict::Link, shared));
        QVERIFY2(first.ok(), qPrintable(first.error().serverText));
        QCOMPARE(first->accountA, a); // canonical order whatever order they were given in
        QCOMPARE(first->operatorName, Workspace::operatorName());
        QVERIFY(first->decidedAt.isValid());
        QVERIFY(qAbs(first->decidedAt.secsTo(QDateTime::currentDateTime())) < 60);
        auto other = Workspace::recordIdentityDecision(
            *m_s, IdentityDecision::make(QStringLiteral("dedao:7"), QStringLiteral("dedao:8"), IdentityDecision::Verdict::KeepApart,
                                         QStringLiteral("email:x@example.com")));
        QVERIFY(other.ok());
        auto changed = Workspace::recordIdentityDecision(*m_s, IdentityDecision::make(a, b, IdentityDecision::Verdict::KeepApart, shared));
        QVERIFY(changed.ok());

        auto latest = Workspace::identityDecisions(*m_s);
        QVERIFY(latest.ok());
        QCOMPARE(latest->all().size(), 2);
        QCOMPARE(latest->verdict(a, b), IdentityDecision::Verdict::KeepApart); // the latest counts
        QCOMPARE(latest->verdict(b, a), IdentityDecision::Verdict::KeepApart);
        QCOMPARE(latest->decision(a, b).shared, shared);
        QCOMPARE(latest->verdict(QStringLiteral("dedao:8"), QStringLiteral("dedao:7")), IdentityDecision::Verdict::KeepApart);

        // Undo withdraws the decision; every step stays on record.
        QVERIFY(Workspace::recordIdentityDecision(*m_s, IdentityDecision::make(a, b, IdentityDecision::Verdict::Undecided, shared)).ok());
        latest = Workspace::identityDecisions(*m_s);
        QCOMPARE(latest->verdict(a, b), IdentityDecision::Verdict::Undecided);
        QCOMPARE(latest->all().size(), 1);
        auto history = m_s->execParams("SELECT string_agg(\"verdict\", ',' ORDER BY \"id\") FROM"
                                       " \"zhiqiao_workspace\".\"identity_decisions\" WHERE \"account_a\" = $1",
                                       {a.toStdString()});
        QCOMPARE(*history->rows[0][0], std::string("link,apart,undecided"));

        // A pair that is not two different accounts is refused before it reaches the database.
        QVERIFY(!Workspace::recordIdentityDecision(*m_s, IdentityDecision::make(a, a, IdentityDecision::Verdict::Link, shared)).ok());
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
