// The dashboard page offscreen against both demo platforms with hand-known rows
// (dashboardfixture.h, read in Asia/Shanghai): the empty state, tiles, chart series, tables,
// fast switching (the last platform chosen wins), the remembered platform, F5 and exports.
//
// With ZQ_DASHBOARD_SHOTS=DIR it instead opens the demo database ZQ_DASHBOARD_DB (seeded with
// zhiqiao-cli demo seed) and saves DIR/dashboard-en.png and DIR/dashboard-zh.png; ZQ_EXTRA_QM
// names an extra translation file to load for the Chinese one.
#include "charts/serieschartwidget.h"
#include "common/languagemanager.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpitilewidget.h"
#include "dashboardfixture.h"
#include "db/connectionmanager.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
QString tile(const DashboardPage &page, const char *name)
{
    auto *t = page.findChild<KpiTileWidget *>(QLatin1String(name));
    return t ? t->value() : QString();
}

SeriesChartWidget *chart(const DashboardPage &page, const char *name)
{
    return page.findChild<SeriesChartWidget *>(QLatin1String(name));
}

double valueAt(const SeriesChartWidget *c, const QString &category, int series = 0)
{
    const qsizetype i = c->categories().indexOf(category);
    return i < 0 ? -1 : c->series().value(series).values.value(i, -1);
}
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ConnectionManager> m_manager;
    QString m_dedao, m_ximalaya;

    QString addPlatform(const QString &name, const QString &adapter, const QString &database)
    {
        ConnectionProfile p = m_db->profile(name);
        p.id.clear();
        p.database = database;
        p.sslMode = QStringLiteral("disable");
        p.adapterPath = adapter;
        const Result<ConnectionProfile> saved = m_manager->saveProfile(p);
        if (!saved.ok())
            return {};
        m_manager->connectProfile(saved->id);
        return saved->id;
    }

    void waitLoaded(DashboardPage &page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 60000);
    }

    void shots(const QString &dir)
    {
        const QString database = qEnvironmentVariable("ZQ_DASHBOARD_DB");
        m_dedao = addPlatform(QStringLiteral("得到 Dedao"), QStringLiteral(":/adapters/dedao.json"), database);
        m_ximalaya = addPlatform(QStringLiteral("喜马拉雅 Ximalaya"), QStringLiteral(":/adapters/ximalaya.json"), database);
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->isConnected(m_dedao) && m_manager->isConnected(m_ximalaya), 20000);
        DashboardPage page(m_manager.get());
        page.resize(1280, 1560);
        page.show();
        page.selectPlatform(m_dedao);
        waitLoaded(page);
        QTest::qWait(300);
        QVERIFY(page.grab().save(dir + QStringLiteral("/dashboard-en.png")));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QTranslator extra;
        if (extra.load(qEnvironmentVariable("ZQ_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
        page.selectPlatform(m_ximalaya);
        waitLoaded(page);
        QTest::qWait(300);
        QVERIFY(page.grab().save(dir + QStringLiteral("/dashboard-zh.png")));
        QCoreApplication::removeTranslator(&extra);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("ZHIQIAO_SETTINGS", m_dir.filePath(QStringLiteral("settings.ini")).toUtf8());
        qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
        qputenv("TZ", "Asia/Shanghai"); // the operator's zone; the fixture's months depend on it
        m_db = std::make_unique<TestDatabase>(QStringLiteral("dashboardpage"));
        QVERIFY(m_db->isReady());
        m_manager = std::make_unique<ConnectionManager>();
        {
            DashboardPage page(m_manager.get()); // nothing connected yet
            QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 0);
            QVERIFY(page.findChild<QWidget *>(QStringLiteral("emptyLabel"))->property("text").toString().contains(QLatin1String("Platforms page")));
        }
        if (qEnvironmentVariableIsSet("ZQ_DASHBOARD_SHOTS")) {
            shots(qEnvironmentVariable("ZQ_DASHBOARD_SHOTS"));
            return;
        }
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        QVERIFY(m_db->exec(DashboardFixture::kSql));
        m_dedao = addPlatform(QStringLiteral("得到 Dedao"), QStringLiteral(":/adapters/dedao.json"), m_db->name());
        m_ximalaya = addPlatform(QStringLiteral("喜马拉雅 Ximalaya"), QStringLiteral(":/adapters/ximalaya.json"), m_db->name());
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->isConnected(m_dedao) && m_manager->isConnected(m_ximalaya), 20000);
    }

    void fillsTilesChartsAndTables()
    {
        if (qEnvironmentVariableIsSet("ZQ_DASHBOARD_SHOTS"))
            QSKIP("screenshots only");
        DashboardPage page(m_manager.get());
        page.resize(1200, 1600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 1);
        QSignalSpy sections(&page, &DashboardPage::sectionShown);
        page.selectPlatform(m_dedao);
        QVERIFY(page.isLoading());
        waitLoaded(page);
        QCOMPARE(sections.size(), 6);
        QCOMPARE(tile(page, "usersTile"), QStringLiteral("3"));
        QCOMPARE(tile(page, "newUsersTile"), QStringLiteral("2"));    // April 2024
        QCOMPARE(tile(page, "activeUsersTile"), QStringLiteral("2"));
        QCOMPARE(tile(page, "revenueTile"), QStringLiteral("¥229.00"));

        SeriesChartWidget *newPerMonth = chart(page, "newPerMonth");
        QVERIFY(newPerMonth->hasChart());
        QCOMPARE(newPerMonth->categories().size(), 24);
        QCOMPARE(newPerMonth->categories().last(), QStringLiteral("24-05"));
        QCOMPARE(valueAt(newPerMonth, QStringLiteral("24-04")), 2.0);
        QCOMPARE(valueAt(newPerMonth, QStringLiteral("24-03")), 1.0);
        SeriesChartWidget *activePerDay = chart(page, "activePerDay");
        QCOMPARE(activePerDay->categories().size(), 90);
        QCOMPARE(valueAt(activePerDay, QStringLiteral("2024-04-29")), 2.0);
        QCOMPARE(valueAt(activePerDay, QStringLiteral("2024-05-01")), 1.0);
        QCOMPARE(valueAt(chart(page, "revenuePerMonth"), QStringLiteral("24-04")), 229.0);
        SeriesChartWidget *mix = chart(page, "categoryMix");
        QCOMPARE(mix->categories(), QStringList({QStringLiteral("Uncategorised"), QStringLiteral("人文"), QStringLiteral("商业")}));
        QCOMPARE(valueAt(mix, QStringLiteral("商业"), 0), 50.0);                 // 2 of 4 orders
        QCOMPARE(valueAt(mix, QStringLiteral("商业"), 1), 100.0 * 199 / 239); // of ¥239.00

        auto *items = page.findChild<QTableView *>(QStringLiteral("topItemsView"));
        QCOMPARE(items->model()->rowCount(), 3);
        QCOMPARE(items->model()->index(0, 1).data().toString(), QStringLiteral("管理学"));
        auto *overlap = page.findChild<QTableView *>(QStringLiteral("overlapView"));
        QCOMPARE(overlap->model()->rowCount(), 1);
        QCOMPARE(overlap->model()->index(0, 0).data().toString(), QStringLiteral("喜马拉雅 Ximalaya"));
        QCOMPARE(overlap->model()->index(0, 1).data().toString(), QStringLiteral("2"));

        // Exports.
        const QString png = m_dir.filePath(QStringLiteral("revenue.png"));
        QVERIFY(page.exportChart(QStringLiteral("revenuePerMonth"), png));
        QVERIFY(!QImage(png).isNull());
        const QString csv = m_dir.filePath(QStringLiteral("items.csv"));
        QVERIFY(page.exportTable(QStringLiteral("topItems"), csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("管理学")));
        QVERIFY(page.grab().save(QStringLiteral("/tmp/zq-dashboard-page.png")));
    }

    void latestChoiceWinsAndIsRemembered()
    {
        if (qEnvironmentVariableIsSet("ZQ_DASHBOARD_SHOTS"))
            QSKIP("screenshots only");
        {
            DashboardPage page(m_manager.get());
            page.show();
            page.selectPlatform(m_dedao);
            page.selectPlatform(m_ximalaya); // before dedao's answers arrive
            page.selectPlatform(m_dedao);
            page.selectPlatform(m_ximalaya);
            waitLoaded(page);
            QCOMPARE(page.currentPlatform(), m_ximalaya);
            QCOMPARE(page.dashboard().connectionId, m_ximalaya);
            QCOMPARE(tile(page, "usersTile"), QStringLiteral("5"));
            QCOMPARE(tile(page, "revenueTile"), QStringLiteral("¥134.70"));
            QCOMPARE(valueAt(chart(page, "activePerDay"), QStringLiteral("2024-04-30")), 2.0);
            // F5 loads again.
            page.refreshAction()->trigger();
            QVERIFY(page.isLoading());
            QCOMPARE(tile(page, "usersTile"), QStringLiteral("…"));
            waitLoaded(page);
            QCOMPARE(tile(page, "usersTile"), QStringLiteral("5"));
            QCOMPARE(page.refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
        }
        DashboardPage again(m_manager.get());
        QCOMPARE(again.currentPlatform(), m_ximalaya); // remembered in the settings
        waitLoaded(again);
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_db.reset();
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
