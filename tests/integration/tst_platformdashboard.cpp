// The dashboard's SQL against hand-known rows on both demo platforms (dashboardfixture.h): epoch
// seconds and fen on dedao, timestamptz and yuan on ximalaya, days and months of the operator's
// time zone, revenue net of refunds, distinct active users, top items, category mix, and the
// overlap by identity group. Also: the dashboard indexes serve the statements (EXPLAIN), and a
// cancelled load ends without reporting.
#include "dashboardfixture.h"
#include "testdatabase.h"

#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardqueries.h"
#include "db/pgsession.h"
#include "platform/adapterloader.h"

#include <QFile>
#include <QTest>

namespace {
using Section = PlatformDashboard::Section;

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// The non-zero values of a series, as "yyyy-MM-dd=value" (the zeros are filled in by design).
QStringList nonZero(const DashboardCountSeries &s)
{
    QStringList out;
    for (int i = 0; i < s.periods.size(); ++i)
        if (s.values[i] != 0)
            out << s.periods[i].toString(Qt::ISODate) + QLatin1Char('=') + QString::number(s.values[i]);
    return out;
}
} // namespace

class TestPlatformDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    DashboardSource source(const char *platform) const
    {
        DashboardSource s;
        s.profile = m_db->profile(QString::fromLatin1(platform));
        s.profile.id = QString::fromLatin1(platform);
        s.profile.adapterPath = QStringLiteral(":/adapters/%1.json").arg(QLatin1String(platform));
        s.label = QString::fromLatin1(platform);
        return s;
    }

    PlatformDashboard load(const char *platform, const char *other, const QString &zone = QStringLiteral("Asia/Shanghai"))
    {
        DashboardRequest r;
        r.platform = source(platform);
        r.others = {source(other)};
        r.timeZone = zone;
        const QList<DashboardSection> sections = DashboardLoader::run(r);
        PlatformDashboard d;
        [&] {
            QCOMPARE(sections.size(), 6);
            QCOMPARE(sections.first().section, Section::Summary);
        }();
        for (const DashboardSection &s : sections) {
            if (!s.ok())
                qWarning("%s / %s", qPrintable(s.error.message), qPrintable(s.error.serverText));
            d.take(s.section, s.data);
        }
        return d;
    }

    QString plan(const char *platform, bool monthly, const QDate &from, const QDate &to)
    {
        auto conn = m_db->connect();
        const AdapterLoadResult loaded = AdapterLoader::load(QStringLiteral(":/adapters/%1.json").arg(QLatin1String(platform)), *conn);
        auto session = PgSession::open(m_db->conninfo());
        if (!loaded.ok() || !session.ok())
            return {};
        session.value()->exec("SET enable_seqscan = off"); // tiny tables: ask whether the index CAN serve
        const auto st = DashboardQueries::activeUsersStatement(*loaded.adapter, QStringLiteral("Asia/Shanghai"), monthly, from, to);
        const auto rows = session.value()->execParams("EXPLAIN " + st.sql, st.params);
        QString text;
        if (rows.ok())
            for (const auto &r : rows->rows)
                text += QString::fromStdString(r[0].value_or("")) + QLatin1Char('\n');
        return text;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("platformdashboard"));
        QVERIFY(m_db->isReady());
        QVERIFY(m_db->createDemoSchema(QStringLiteral("dedao")));
        QVERIFY(m_db->createDemoSchema(QStringLiteral("ximalaya")));
        QVERIFY(m_db->exec(DashboardFixture::kSql));
        QFile indexes(QStringLiteral(":/demo/indexes.sql"));
        QVERIFY(indexes.open(QIODevice::ReadOnly));
        QVERIFY(m_db->exec(indexes.readAll().toStdString()));
    }

    void dedaoEpochAndFen()
    {
        const PlatformDashboard d = load("dedao", "ximalaya");
        QCOMPARE(d.totalUsers, 3);
        QCOMPARE(d.latestDay, day(2024, 5, 1)); // 2024-04-30 16:30 UTC is May in Shanghai
        QCOMPARE(d.kpiMonth, day(2024, 4, 1));  // May has only begun: April is the last month
        QCOMPARE(d.firstDay, day(2024, 2, 2));  // 90 days up to the latest day
        QCOMPARE(d.firstMonth, day(2022, 6, 1)); // 24 months up to May 2024
        QCOMPARE(d.newUsersPerDay.periods.size(), 90);
        QCOMPARE(d.newUsersPerMonth.periods.size(), 24);
        QCOMPARE(nonZero(d.newUsersPerDay), QStringList({"2024-03-10=1", "2024-04-01=1", "2024-04-02=1"}));
        QCOMPARE(nonZero(d.newUsersPerMonth), QStringList({"2024-03-01=1", "2024-04-01=2"}));
        QCOMPARE(nonZero(d.activeUsersPerDay), QStringList({"2024-03-15=1", "2024-04-29=2", "2024-05-01=1"}));
        QCOMPARE(nonZero(d.activeUsersPerMonth), QStringList({"2024-03-01=1", "2024-04-01=2", "2024-05-01=1"}));
        QCOMPARE(d.revenuePerMonth.valueAt(day(2024, 4, 1)), QStringLiteral("229.00")); // 199 + 99-99 + 50-20
        QCOMPARE(d.revenuePerMonth.valueAt(day(2024, 3, 1)), QStringLiteral("10.00"));
        QCOMPARE(d.revenuePerMonth.valueAt(day(2024, 5, 1)), QStringLiteral("0.00"));

        QCOMPARE(d.topItems.size(), 3);
        QCOMPARE(d.topItems[0].title, QStringLiteral("管理学"));
        QCOMPARE(d.topItems[0].category, QStringLiteral("商业"));
        QCOMPARE(d.topItems[0].netRevenue, QStringLiteral("199.00"));
        QCOMPARE(d.topItems[0].orders, 2);
        QCOMPARE(d.topItems[0].buyers, 2);
        QCOMPARE(d.topItems[0].rankByBuyers, 1);
        QCOMPARE(d.topItems[1].title, QStringLiteral("历史课"));
        QCOMPARE(d.topItems[1].netRevenue, QStringLiteral("30.00"));
        QCOMPARE(d.topItems[2].netRevenue, QStringLiteral("10.00"));
        QCOMPARE(d.topItems[2].category, QString());

        QCOMPARE(d.categories.size(), 3);
        QCOMPARE(d.categories[0].category, QStringLiteral("商业"));
        QCOMPARE(d.categories[0].orders, 2);
        QCOMPARE(d.categories[0].netRevenue, QStringLiteral("199.00"));
        QCOMPARE(d.categories[1].category, QStringLiteral("人文"));
        QCOMPARE(d.categories[1].netRevenue, QStringLiteral("30.00"));
        QCOMPARE(d.categories[2].category, QString()); // uncategorised
        QCOMPARE(d.categories[2].netRevenue, QStringLiteral("10.00"));

        QCOMPARE(d.people, 3);
        QCOMPARE(d.overlaps.size(), 1);
        QCOMPARE(d.overlaps[0].platform, QStringLiteral("ximalaya"));
        QCOMPARE(d.overlaps[0].people, 2);      // 张伟 and 李娜, e-mails and phones written differently
        QCOMPARE(d.overlaps[0].otherPeople, 4); // ximalaya's five accounts are four people
    }

    void ximalayaTimestamptzAndYuan()
    {
        const PlatformDashboard d = load("ximalaya", "dedao");
        QCOMPARE(d.totalUsers, 5);
        QCOMPARE(d.latestDay, day(2024, 4, 30));
        QCOMPARE(d.kpiMonth, day(2024, 4, 1)); // the latest day ends April: April itself
        QCOMPARE(nonZero(d.newUsersPerMonth), QStringList({"2024-02-01=1", "2024-03-01=1", "2024-04-01=2"}));
        QCOMPARE(nonZero(d.activeUsersPerDay), QStringList({"2024-03-31=1", "2024-04-01=1", "2024-04-30=2"}));
        QCOMPARE(nonZero(d.activeUsersPerMonth), QStringList({"2024-03-01=1", "2024-04-01=2"}));
        QCOMPARE(d.revenuePerMonth.valueAt(day(2024, 4, 1)), QStringLiteral("134.70"));
        QCOMPARE(d.revenuePerMonth.valueAt(day(2024, 3, 1)), QStringLiteral("0.00")); // 16:30 UTC Mar 31 is April here
        QCOMPARE(d.topItems.size(), 2);
        QCOMPARE(d.topItems[0].title, QStringLiteral("中国通史"));
        QCOMPARE(d.topItems[0].category, QStringLiteral("人文"));
        QCOMPARE(d.topItems[0].netRevenue, QStringLiteral("99.90"));
        QCOMPARE(d.topItems[0].buyers, 2);
        QCOMPARE(d.topItems[1].netRevenue, QStringLiteral("34.80"));
        QCOMPARE(d.categories.size(), 2);
        QCOMPARE(d.categories[0].category, QStringLiteral("人文"));
        QCOMPARE(d.categories[0].orders, 2);
        QCOMPARE(d.categories[1].category, QStringLiteral("科技"));
        QCOMPARE(d.categories[1].netRevenue, QStringLiteral("34.80"));
        QCOMPARE(d.people, 4);
        QCOMPARE(d.overlaps.value(0).people, 2);
        QCOMPARE(d.overlaps.value(0).otherPeople, 3);
    }

    void timeZoneIsAParameter()
    {
        // In UTC dedao user 3 registered on March 31 and the latest event is on April 30 (April ends).
        const PlatformDashboard d = load("dedao", "ximalaya", QStringLiteral("UTC"));
        QCOMPARE(d.latestDay, day(2024, 4, 30));
        QCOMPARE(d.kpiMonth, day(2024, 4, 1));
        QCOMPARE(nonZero(d.newUsersPerMonth), QStringList({"2024-03-01=2", "2024-04-01=1"}));
        QCOMPARE(nonZero(d.activeUsersPerDay), QStringList({"2024-03-15=1", "2024-04-29=2", "2024-04-30=1"}));
    }

    void indexesServeTheStatements()
    {
        const QString dedao = plan("dedao", false, day(2024, 2, 2), day(2024, 5, 2));
        QVERIFY2(dedao.contains(QLatin1String("Index Only Scan using user_actions_time_idx")), qPrintable(dedao));
        const QString ximalaya = plan("ximalaya", true, day(2022, 6, 1), day(2024, 5, 1));
        QVERIFY2(ximalaya.contains(QLatin1String("using behavior_time_idx")), qPrintable(ximalaya));
    }

    void cancelEndsTheLoad()
    {
        DashboardRequest r;
        r.platform = source("dedao");
        r.others = {source("ximalaya")};
        r.timeZone = QStringLiteral("UTC");
        auto load = DashboardLoader::start(r);
        load->cancel();
        load->future().waitForFinished();
        QVERIFY(load->future().isCanceled());
    }

    void unreachablePlatformIsAnError()
    {
        DashboardRequest r;
        r.platform = source("dedao");
        r.platform.profile.database = QStringLiteral("zq_no_such_database");
        r.timeZone = QStringLiteral("UTC");
        const QList<DashboardSection> sections = DashboardLoader::run(r);
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections[0].error.kind, DbError::Kind::UnknownDatabase);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestPlatformDashboard)
#include "tst_platformdashboard.moc"
