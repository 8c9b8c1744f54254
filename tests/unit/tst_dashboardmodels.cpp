// Dashboard item models under QAbstractItemModelTester, and how money and counts read.
#include "core/figureformat.h"
#include "dashboard/overlapmodel.h"
#include "dashboard/topitemsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestDashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void yuan_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "229.00" << "¥229.00";
        QTest::newRow("thousands") << "1234567.5" << "¥1,234,567.50";
        QTest::newRow("whole") << "1000" << "¥1,000.00";
        QTest::newRow("negative") << "-3.1" << "-¥3.10";
        QTest::newRow("zero") << "0.00" << "¥0.00";
        QTest::newRow("negative zero") << "-0.00" << "¥0.00";
        QTest::newRow("empty") << "" << "¥0.00";
    }

    void yuan()
    {
        QFETCH(QString, decimal);
        QFETCH(QString, shown);
        QCOMPARE(FigureFormat::yuan(decimal), shown);
    }

    void count()
    {
        QCOMPARE(FigureFormat::count(0), QStringLiteral("0"));
        QCOMPARE(FigureFormat::count(999), QStringLiteral("999"));
        QCOMPARE(FigureFormat::count(1234567), QStringLiteral("1,234,567"));
    }

    void topItems()
    {
        TopItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<DashboardItem> items{
            {QStringLiteral("10"), QStringLiteral("管理学"), QStringLiteral("商业"), 2, 2, QStringLiteral("199.00"), 1, 3},
            {QStringLiteral("11"), QStringLiteral("历史课"), QString(), 5, 4, QStringLiteral("30.00"), 2, 1},
            {QStringLiteral("12"), QString(), QStringLiteral("人文"), 3, 3, QStringLiteral("10.00"), 3, 2},
        };
        model.setItems(items, 2);
        QCOMPARE(model.rowCount(), 2); // top 2 by revenue
        QCOMPARE(model.columnCount(), int(TopItemsModel::ColumnCount));
        QCOMPARE(model.index(0, TopItemsModel::TitleColumn).data().toString(), QStringLiteral("管理学"));
        QCOMPARE(model.index(0, TopItemsModel::RevenueColumn).data().toString(), QStringLiteral("¥199.00"));
        QCOMPARE(model.index(1, TopItemsModel::CategoryColumn).data().toString(), QStringLiteral("Uncategorised"));
        model.setRanking(TopItemsModel::Ranking::ByBuyers);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TopItemsModel::TitleColumn).data().toString(), QStringLiteral("历史课"));
        QCOMPARE(model.index(1, TopItemsModel::TitleColumn).data().toString(), QStringLiteral("Unknown item 12"));
        QCOMPARE(model.index(1, TopItemsModel::RankColumn).data().toInt(), 2);
        model.setItems({}, 10);
        QCOMPARE(model.rowCount(), 0);
    }

    void overlap()
    {
        OverlapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOverlaps(400, {{QStringLiteral("x"), QStringLiteral("喜马拉雅"), 100, 1000}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OverlapModel::PeopleColumn).data().toString(), QStringLiteral("100"));
        QCOMPARE(model.index(0, OverlapModel::ShareHereColumn).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(0, OverlapModel::ShareThereColumn).data().toString(), QStringLiteral("10.0%"));
        model.setOverlaps(0, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
