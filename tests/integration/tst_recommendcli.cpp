#include "plantedinteractions.h"
#include "testdatabase.h"

#include "db/pgsession.h"
#include "db/profilestore.h"
#include "demo/demogenerator.h"
#include "recommend/modelfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// zhiqiao-cli recommend eval|train|dayone as people run them: on the demo platforms seeded in
// the sandbox (saved connections and --dsn with adapters) and on goodbooks-format files with a
// held-out file. Exit codes, the tables, the JSON report, a model file that loads, and clear
// errors for bad input.
class TestRecommendCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_plan;
    QString m_goodbooks;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ZHIQIAO_SETTINGS"), m_dir.filePath(QStringLiteral("settings.ini")));
        env.insert(QStringLiteral("ZHIQIAO_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("ZHIQIAO_LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(m_cli, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void writeGoodbooks(const QString &dir, const Interactions &data, const QString &ratingsName, bool heldOut)
    {
        QDir().mkpath(dir);
        QFile groups(dir + QStringLiteral("/book_groups.csv"));
        QVERIFY(groups.open(QIODevice::WriteOnly));
        groups.write("book_id,goodreads_book_id,primary_genre_tag,group,title\n");
        for (int i = 0; i < data.itemCount(); ++i)
            groups.write(QStringLiteral("%1,%1,genre-%2,%3,Book %1\n").arg(i + 1).arg(i / 10).arg(i < 40 ? "fiction" : "nonfiction").toUtf8());
        QFile ratings(dir + QLatin1Char('/') + ratingsName);
        QVERIFY(ratings.open(QIODevice::WriteOnly));
        ratings.write("user_id,book_id,rating\n");
        for (int u = 0; u < data.userCount(); ++u)
            if ((u % 8 == 3) == heldOut)
                for (const auto &e : History::ofUser(data, u).entries)
                ratings.write(QStringLiteral("%1,%2,%3\n").arg(u + 1).arg(e.item + 1).arg(u % 7 == 0 ? 3 : 5).toUtf8());
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("ZQ_CLI");
        QVERIFY2(!m_cli.isEmpty(), "ZQ_CLI is set by CTest");
        m_db = std::make_unique<TestDatabase>(QStringLiteral("recommendcli"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        DemoSeedOptions options;
        options.users = 500;
        options.seed = 8;
        options.conninfo = m_db->conninfo();
        auto seeded = DemoGenerator(options).seed();
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
        ProfileStore store;
        for (const QString &platform : {QStringLiteral("dedao"), QStringLiteral("ximalaya")}) {
            ConnectionProfile p = m_db->profile(platform == QLatin1String("dedao") ? QStringLiteral("Dedao demo") : QStringLiteral("Ximalaya demo"));
            p.id.clear();
            p.adapterPath = QStringLiteral(":/adapters/%1.json").arg(platform);
            QVERIFY(store.add(p).ok());
        }
        // The shipped demo plan names exactly these two connections.
        m_plan = QStringLiteral(":/plans/dedao-to-ximalaya.json");
        // goodbooks-format files: 8 blocks of 40 readers; every 8th reader is held out (40 of 320).
        const Interactions planted = plantedInteractions(8, 40, 10, 5, 4);
        m_goodbooks = m_dir.filePath(QStringLiteral("goodbooks"));
        writeGoodbooks(m_goodbooks, planted, QStringLiteral("ratings.csv"), false);
        writeGoodbooks(m_goodbooks, planted, QStringLiteral("holdout.csv"), true);
    }

    void evalOnSavedConnectionAndDsn()
    {
        const Run saved = cli({QStringLiteral("recommend"), QStringLiteral("eval"), QStringLiteral("--platform"), QStringLiteral("Dedao demo"),
                               QStringLiteral("--iterations"), QStringLiteral("5")});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("Dedao demo: trained on")));
        for (const char *model : {"Matrix factorisation (iALS)", "Similar items (item-kNN)", "Popularity", "Interest profile"})
            QVERIFY2(saved.out.contains(QLatin1String(model)), model);
        const QString json = m_dir.filePath(QStringLiteral("cold.json"));
        const Run cold = cli({QStringLiteral("recommend"), QStringLiteral("eval"), QStringLiteral("--dsn"), QString::fromStdString(m_db->conninfo()),
                              QStringLiteral("--cold-start"), QStringLiteral("dedao:ximalaya"), QStringLiteral("--plan"),
                              QStringLiteral(":/plans/dedao-to-ximalaya.json"), QStringLiteral("--iterations"), QStringLiteral("5"),
                              QStringLiteral("--json"), json});
        QVERIFY2(cold.code == 0, qPrintable(cold.err));
        QVERIFY(cold.out.contains(QStringLiteral("of the upper bound's NDCG@20")));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cold_start")).toObject();
        QCOMPARE(report.value(QStringLiteral("rows")).toArray().size(), 5);
        QVERIFY(report.value(QStringLiteral("overlap_people")).toInt() > 20);
        // The demo people carry their tastes across: the transfer beats the target's popularity.
        double transfer = 0, popularity = 0;
        for (const auto &row : report.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = row.toObject();
            if (r.value(QStringLiteral("model")).toString() == QLatin1String("transfer"))
                transfer = r.value(QStringLiteral("ndcg_at_20")).toDouble();
            if (r.value(QStringLiteral("model")).toString() == QLatin1String("target-popularity"))
                popularity = r.value(QStringLiteral("ndcg_at_20")).toDouble();
        }
        QVERIFY2(transfer > popularity, qPrintable(QStringLiteral("%1 vs %2").arg(transfer).arg(popularity)));
    }

    void evalWithHoldoutFile()
    {
        const Run r = cli({QStringLiteral("recommend"), QStringLiteral("eval"), QStringLiteral("--goodbooks"), m_goodbooks,
                           QStringLiteral("--holdout"), m_goodbooks + QStringLiteral("/holdout.csv"), QStringLiteral("--factors"),
                           QStringLiteral("16")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Every 7th reader rated below 4 only: no positives, so not a user at all.
        QVERIFY2(r.out.contains(QStringLiteral("trained on 240 people")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("evaluated on 34 held-out people from")));
        // The held-out readers' blocks are known from training: iALS finds them.
        const QRegularExpression ials(QStringLiteral("Matrix factorisation \\(iALS\\)\\s+\\d+\\s+([0-9.]+)"));
        const auto m = ials.match(r.out);
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toDouble() > 0.5, qPrintable(r.out));
        // Same seed, same table.
        const Run again = cli({QStringLiteral("recommend"), QStringLiteral("eval"), QStringLiteral("--goodbooks"), m_goodbooks,
                               QStringLiteral("--holdout"), m_goodbooks + QStringLiteral("/holdout.csv"), QStringLiteral("--factors"),
                               QStringLiteral("16")});
        // The metrics, without the training seconds (the last column).
        auto table = [](const QString &out) {
            QString t = out.section(QStringLiteral("Model"), 1).section(QStringLiteral("Done in"), 0, 0);
            return t.replace(QRegularExpression(QStringLiteral("\\s+\\S+\\n")), QStringLiteral("\n"));
        };
        QCOMPARE(table(again.out), table(r.out));
    }

    void trainWritesALoadableModel()
    {
        const QString path = m_dir.filePath(QStringLiteral("dedao.zqm"));
        const Run r = cli({QStringLiteral("recommend"), QStringLiteral("train"), QStringLiteral("--platform"), QStringLiteral("Dedao demo"),
                           QStringLiteral("--iterations"), QStringLiteral("3"), QStringLiteral("--out"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto model = ModelFile::load(path);
        QVERIFY2(model.ok(), qPrintable(model.error().message));
        QCOMPARE(model->options().iterations, 3);
        QVERIFY(model->itemKeys().size() > 10);
    }

    void dayOneOfAPlan()
    {
        // Someone with orders on dedao.
        auto session = PgSession::open(m_db->conninfo());
        QVERIFY(session.ok());
        auto rows = (*session)->execParams("SELECT user_id::text FROM dedao.orders WHERE status = 'paid' ORDER BY id LIMIT 1");
        QVERIFY(rows.ok() && rows->size() == 1);
        const QString user = QString::fromStdString(*rows->rows[0][0]);
        const Run r = cli({QStringLiteral("recommend"), QStringLiteral("dayone"), QStringLiteral("--plan"), m_plan, QStringLiteral("--user"),
                           user, QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--iterations"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Cross-platform transfer — day one on Ximalaya demo")));
        QVERIFY(r.out.contains(QStringLiteral("among people like you on Dedao demo")));
    }

    void badInputSaysWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no data") << QStringList{QStringLiteral("eval")} << 2 << QStringLiteral("usage");
        QTest::newRow("bad number") << QStringList{QStringLiteral("eval"), QStringLiteral("--goodbooks"), QStringLiteral("x"), QStringLiteral("--factors"), QStringLiteral("zero")}
                                    << 2 << QStringLiteral("--factors");
        QTest::newRow("missing files") << QStringList{QStringLiteral("eval"), QStringLiteral("--goodbooks"), QStringLiteral("/nonexistent")}
                                       << 1 << QStringLiteral("Cannot read");
        QTest::newRow("bad cold start") << QStringList{QStringLiteral("eval"), QStringLiteral("--goodbooks"), QStringLiteral("x"), QStringLiteral("--cold-start"), QStringLiteral("fiction")}
                                        << 2 << QStringLiteral("FROM:TO");
        QTest::newRow("same platform both ends") << QStringList{QStringLiteral("eval"), QStringLiteral("--goodbooks"), QStringLiteral("x"), QStringLiteral("--cold-start"), QStringLiteral("fiction:fiction")}
                                                 << 2 << QStringLiteral("two different platforms");
        QTest::newRow("all holds the target") << QStringList{QStringLiteral("eval"), QStringLiteral("--goodbooks"), QStringLiteral("x"), QStringLiteral("--cold-start"), QStringLiteral("all:fiction")}
                                              << 2 << QStringLiteral("two different platforms");
        QTest::newRow("unknown person") << QStringList{QStringLiteral("dayone"), QStringLiteral("--plan"), QStringLiteral(":/plans/dedao-to-ximalaya.json"),
                                                       QStringLiteral("--user"), QStringLiteral("999999999")}
                                        << 1 << QStringLiteral("no history");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("recommend eval");
    }

    void badInputSaysWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run r = cli(QStringList{QStringLiteral("recommend")} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRecommendCli)
#include "tst_recommendcli.moc"
