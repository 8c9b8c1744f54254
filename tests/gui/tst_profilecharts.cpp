// The four charts of the user profile, offscreen: known data in, the series checked value by
// value; zoom, the alpha control, the radar toggle, empty states, PNG export, and the runtime
// language switch (with the pending Chinese translations). tst_profilechartshowcase draws a
// heavy user.
#include "charts/profile/activityheatmapview.h"
#include "charts/profile/channelsplitview.h"
#include "charts/profile/heatmapgrid.h"
#include "charts/profile/interestchartview.h"
#include "charts/profile/profilelabels.h"
#include "charts/profile/timelinechartview.h"
#include "profilesample.h"
#include "users/interestprofile.h"
#include "users/profilechartspanel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QToolButton>

using Profile::DayCategoryCount;
using Profile::DayKindCount;

namespace {
const QDate kMonday(2024, 3, 4);

Profile::Purchase purchase(const QDate &day, const char *title, qint64 fen, const char *status = "paid")
{
    Profile::Purchase p;
    p.itemTitle = QString::fromUtf8(title);
    p.amountFen = fen;
    p.status = QString::fromLatin1(status);
    p.refundFen = p.status == QLatin1String("refunded") ? fen : 0;
    p.orderedAt = day.startOfDay().addSecs(20 * 3600);
    return p;
}

QList<QPointF> pointsOf(QLineSeries *line) { return line ? line->points() : QList<QPointF>(); }
} // namespace

class TestProfileCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Numbers as the English interface writes them ("1,000"), whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void timelineStacksKindsPerDay()
    {
        TimelineChartView view;
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        QCOMPARE(view.emptyText(), QStringLiteral("No events in this period"));

        view.setData({{kMonday, QStringLiteral("play"), 5}, {kMonday, QStringLiteral("view"), 7},
                      {kMonday.addDays(2), QStringLiteral("view"), 3}, {kMonday.addDays(5), QStringLiteral("play"), 4}},
                     {purchase(kMonday, "管理学 30 讲", 1990), purchase(kMonday.addDays(3), "宋词", 990, "refunded")});
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.bucket(), TimelineBucket::Day);
        QCOMPARE(view.table().kinds, QStringList({QStringLiteral("view"), QStringLiteral("play")})); // canonical order
        QCOMPARE(view.table().starts.size(), 6); // every day, the quiet ones too
        QCOMPARE(view.kindSeries().size(), 2);

        const QList<qint64> views = {7, 0, 3, 0, 0, 0}, plays = {5, 0, 0, 0, 0, 4};
        const auto viewUpper = pointsOf(view.kindSeries()[0]->upperSeries());
        const auto playUpper = pointsOf(view.kindSeries()[1]->upperSeries());
        const auto playLower = pointsOf(view.kindSeries()[1]->lowerSeries());
        QCOMPARE(playUpper.size(), 6);
        for (int d = 0; d < 6; ++d) {
            QCOMPARE(viewUpper[d].y(), qreal(views[d]));
            QCOMPARE(playUpper[d].y() - playLower[d].y(), qreal(plays[d]));
            QCOMPARE(playUpper[d].y(), qreal(views[d] + plays[d])); // the top of the stack is the day's total
            QCOMPARE(qint64(playUpper[d].x()), kMonday.addDays(d).startOfDay().toMSecsSinceEpoch());
        }
        QCOMPARE(view.kindSeries()[0]->name(), QStringLiteral("Views"));

        // Purchase markers sit on top of their day's stack; the tooltip names item and amount.
        QScatterSeries *markers = view.purchaseSeries();
        QCOMPARE(markers->count(), 2);
        QCOMPARE(markers->at(0).y(), 12.0);
        QCOMPARE(markers->at(1).y(), 0.0);
        QVERIFY2(view.purchaseToolTip(0).contains(QStringLiteral("管理学 30 讲")), qPrintable(view.purchaseToolTip(0)));
        QVERIFY(view.purchaseToolTip(0).contains(QStringLiteral("¥19.90")));
        QVERIFY(view.purchaseToolTip(1).contains(QStringLiteral("refunded")));
        QVERIFY(view.summary().contains(QStringLiteral("19")));
    }

    void timelineAggregatesAndZooms()
    {
        const auto person = ProfileSample::heavyUser(7, QStringLiteral("Dedao demo"));
        TimelineChartView view;
        view.resize(1000, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setData(person.timeline, person.purchases);

        // Two years are drawn per week, and the axis says so; nothing is lost on the way.
        QCOMPARE(view.bucket(), TimelineBucket::Week);
        auto *axisX = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axisX->titleText().startsWith(QStringLiteral("Week")));
        qint64 drawn = 0;
        for (int b = 0; b < view.table().starts.size(); ++b)
            drawn += view.table().total(b);
        QCOMPARE(drawn, person.eventCount);
        QVERIFY(view.table().starts.size() < 130);
        QVERIFY(view.purchaseSeries()->count() > 0);
        QVERIFY(view.purchaseSeries()->count() <= person.purchases.size());
        QVERIFY(!view.isZoomed());
        auto *reset = view.findChild<QToolButton *>(QStringLiteral("resetZoom"));
        QVERIFY(!reset->isEnabled());

        // Down to days: the axis shows the chosen month.
        view.zoomTo(QDate(2024, 5, 1), QDate(2024, 5, 31));
        QCOMPARE(view.bucket(), TimelineBucket::Day);
        QCOMPARE(axisX->titleText(), QStringLiteral("Day"));
        QCOMPARE(axisX->min().date(), QDate(2024, 5, 1));
        QCOMPARE(axisX->max().date(), QDate(2024, 5, 31));
        QVERIFY(view.isZoomed());
        QVERIFY(reset->isEnabled());

        // Keyboard: + narrows, - widens, 0 goes back to the whole history.
        const qint64 span = view.visibleFrom().daysTo(view.visibleTo());
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.visibleFrom().daysTo(view.visibleTo()) < span);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.visibleFrom().daysTo(view.visibleTo()) > span);
        QTest::keyClick(&view, Qt::Key_0);
        QVERIFY(!view.isZoomed());
        QCOMPARE(view.bucket(), TimelineBucket::Week);

        // The wheel zooms around the pointer.
        QWidget *viewport = view.chartView()->viewport();
        const QPoint centre = viewport->rect().center();
        QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &wheel);
        QVERIFY(view.isZoomed());
        reset->click();
        QVERIFY(!view.isZoomed());

        // A zoom made by the chart itself (what the rubber band does) is re-bucketed after it.
        view.chart()->zoomIn(QRectF(view.chart()->plotArea().left(), view.chart()->plotArea().top(),
                                    view.chart()->plotArea().width() / 20, view.chart()->plotArea().height()));
        QTRY_COMPARE(view.bucket(), TimelineBucket::Day);
        QVERIFY(view.isZoomed());
    }

    // The panel sets its charts one per turn of the event loop and says when the last is drawn;
    // a newer profile replaces what an older one left; finishPending draws the rest at once.
    void panelDrawsChartsInTurns()
    {
        const auto first = ProfileSample::heavyUser(5, QStringLiteral("Dedao demo"));
        const auto second = ProfileSample::heavyUser(6, QStringLiteral("Dedao demo"), QDate(2024, 1, 1), 90, 5000);
        ProfileChartsPanel panel;
        panel.resize(1200, 900);
        panel.show();
        QSignalSpy shown(&panel, &ProfileChartsPanel::chartsShown);
        panel.showProfiles({first});
        QVERIFY(panel.hasPending());
        QCOMPARE(panel.timeline()->table().starts.size(), 0); // nothing set inside the call
        panel.showProfiles({second}); // supersedes the first
        QVERIFY(shown.wait(5000));
        QTest::qWait(50);
        QCOMPARE(shown.size(), 1);
        QVERIFY(!panel.hasPending());
        qint64 drawn = 0;
        for (int b = 0; b < panel.timeline()->table().starts.size(); ++b)
            drawn += panel.timeline()->table().total(b);
        QCOMPARE(drawn, second.eventCount);

        shown.clear();
        panel.showProfiles({first});
        panel.finishPending();
        QCOMPARE(shown.size(), 1);
        drawn = 0;
        for (int b = 0; b < panel.timeline()->table().starts.size(); ++b)
            drawn += panel.timeline()->table().total(b);
        QCOMPARE(drawn, first.eventCount);
        QTest::qWait(50);
        QCOMPARE(shown.size(), 1); // the queued turns have nothing left to do
    }

    void interestBarsFollowAlpha()
    {
        const QList<DayCategoryCount> dedao = {{kMonday, QStringLiteral("商业"), 3}, {kMonday, QStringLiteral("人文"), 1},
                                               {kMonday.addDays(1), QStringLiteral("人文"), 2},
                                               {kMonday.addDays(2), QStringLiteral("商业"), 1},
                                               {kMonday.addDays(2), QStringLiteral("科学"), 1}};
        const QList<DayCategoryCount> ximalaya = {{kMonday, QStringLiteral("生活"), 4}, {kMonday.addDays(9), QStringLiteral("人文"), 1}};
        InterestChartView view;
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        QCOMPARE(view.alpha(), 0.1);
        view.setHistories({{QStringLiteral("Dedao"), dedao}, {QStringLiteral("Ximalaya"), ximalaya}});
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.mode(), InterestChartView::Mode::Bars);
        QCOMPARE(view.chart(), view.barChart());

        QSignalSpy alphaSpy(&view, &InterestChartView::alphaChanged);
        auto *spin = view.findChild<QDoubleSpinBox *>(QStringLiteral("alphaSpin"));
        auto *slider = view.findChild<QSlider *>(QStringLiteral("alphaSlider"));
        for (double alpha : {0.5, 0.1, 1.0}) {
            spin->setValue(alpha);
            QCOMPARE(view.alpha(), alpha);
            QCOMPARE(slider->value(), qRound(alpha * 100));
            QCOMPARE(alphaSpy.last().at(0).toDouble(), alpha);
            const QMap<QString, double> shares[] = {InterestProfile::compute(dedao, alpha).normalised,
                                                    InterestProfile::compute(ximalaya, alpha).normalised};
            const QStringList bottomUp = qobject_cast<QBarCategoryAxis *>(view.barChart()->axes(Qt::Vertical).value(0))->categories();
            QCOMPARE(bottomUp.size(), 4);
            QCOMPARE(view.barSeries()->count(), 2);
            for (int p = 0; p < 2; ++p) {
                QBarSet *set = view.barSeries()->barSets()[1 - p]; // drawn bottom-up: first platform last
                QCOMPARE(set->label(), p == 0 ? QStringLiteral("Dedao") : QStringLiteral("Ximalaya"));
                for (int i = 0; i < bottomUp.size(); ++i)
                    QVERIFY2(std::abs(set->at(i) - 100 * shares[p].value(bottomUp[i])) <= 0.05,
                             qPrintable(QStringLiteral("%1 %2 at alpha %3").arg(set->label(), bottomUp[i]).arg(alpha)));
            }
        }
        QCOMPARE(alphaSpy.count(), 3);
        // alpha = 0.5 is the hand-computed example of tst_interestprofile: 商业 11/28 = 39.3 %.
        slider->setValue(50);
        QCOMPARE(view.alpha(), 0.5);
        QCOMPARE(view.shownPercent(QStringLiteral("Dedao"), QStringLiteral("商业")), 39.3);
        QCOMPARE(view.categories().first(), QStringLiteral("人文")); // strongest over both platforms first (9/28 + 2/3)
        QVERIFY(view.summary().contains(QStringLiteral("0.50")));

        // Radar: one closed shape per platform, same numbers.
        view.findChild<QToolButton *>(QStringLiteral("radarMode"))->click();
        QCOMPARE(view.mode(), InterestChartView::Mode::Radar);
        QCOMPARE(view.chart(), static_cast<QChart *>(view.radarChart()));
        QCOMPARE(view.radarLines().size(), 2);
        const auto dedaoShape = view.radarLines()[0]->points();
        QCOMPARE(dedaoShape.size(), view.categories().size() + 1);
        QCOMPARE(dedaoShape.first().y(), dedaoShape.last().y());
        for (int i = 0; i < view.categories().size(); ++i)
            QCOMPARE(dedaoShape[i].y(), view.shownPercent(QStringLiteral("Dedao"), view.categories()[i]));
        spin->setValue(0.2); // recomputed in radar mode too
        QCOMPARE(view.radarLines()[0]->at(0).y(), view.shownPercent(QStringLiteral("Dedao"), view.categories()[0]));
        view.findChild<QToolButton *>(QStringLiteral("barsMode"))->click();
        QCOMPARE(view.chart(), view.barChart());
    }

    void heatmapCells()
    {
        Profile::Heatmap heatmap{};
        heatmap[1][14] = 123; // Tuesday 14:00
        heatmap[6][21] = 40;
        ActivityHeatmapView view;
        view.resize(900, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        view.setHeatmap(heatmap);
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.cellValue(1, 14), 123);
        QCOMPARE(view.cellValue(6, 21), 40);
        QCOMPARE(view.cellValue(0, 0), 0);
        HeatmapGrid *grid = view.grid();
        QCOMPARE(grid->maximum(), 123);
        const QString tip = grid->toolTipAt(grid->cellRect(1, 14).center());
        QVERIFY2(tip.contains(QStringLiteral("Tuesday")) && tip.contains(QStringLiteral("14:00")) && tip.contains(QStringLiteral("123")),
                 qPrintable(tip));
        QVERIFY(grid->toolTipAt(QPoint(1, 1)).isEmpty());
        // The busiest slot is the darkest; an empty slot is not on the scale at all.
        QVERIFY(grid->colorFor(123).lightness() < grid->colorFor(40).lightness());
        QCOMPARE(grid->colorFor(0), grid->palette().color(QPalette::AlternateBase));
        const QImage shot = grid->grab().toImage();
        QCOMPARE(shot.pixelColor(grid->cellRect(1, 14).center()), grid->colorFor(123));
        QVERIFY(view.summary().contains(QStringLiteral("Tuesday")));
    }

    void channelSplit()
    {
        ChannelSplitView view;
        view.resize(700, 380);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        view.setChannels({{QStringLiteral("android"), 100, 1}, {QString(), 50, 0}, {QStringLiteral("pc"), 600, 3},
                          {QStringLiteral("ios"), 250, 0}, {QStringLiteral("h5"), 0, 0}, {QStringLiteral("ios"), 0, 0}});
        QCOMPARE(view.channelKeys(), QStringList({QStringLiteral("pc"), QStringLiteral("ios"), QStringLiteral("android"), QString()}));
        QCOMPARE(view.categories(), QStringList({QStringLiteral("PC"), QStringLiteral("iOS"), QStringLiteral("Android"),
                                                 QStringLiteral("Unknown")}));
        QBarSet *orders = view.series()->barSets()[0];
        QBarSet *events = view.series()->barSets()[1];
        const QList<qreal> eventShares = {60.0, 25.0, 10.0, 5.0}, orderShares = {75.0, 0.0, 25.0, 0.0};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(view.shownShare(0, i), eventShares[i]);
            QCOMPARE(view.shownShare(1, i), orderShares[i]);
        }
        QCOMPARE(events->at(3), 60.0); // PC on top: the bars are listed bottom-up
        QCOMPARE(orders->at(0), 0.0);
        QCOMPARE(events->label(), QStringLiteral("Events (1,000)"));
        QCOMPARE(orders->label(), QStringLiteral("Orders (4)"));
        QCOMPARE(view.toolTipFor(0, 1), QStringLiteral("iOS: 250 of 1,000 events (25.0 %)"));
        view.setChannels({});
        QVERIFY(view.isEmptyStateShown());
    }

    void exportPng()
    {
        const auto person = ProfileSample::heavyUser(3, QStringLiteral("Dedao demo"), QDate(2024, 1, 1), 90, 5000);
        TimelineChartView timeline;
        timeline.setData(person.timeline, person.purchases);
        InterestChartView interest;
        interest.setHistories({{QStringLiteral("Dedao demo"), person.interestSteps}});
        ActivityHeatmapView heatmap;
        heatmap.setHeatmap(person.heatmap);
        ChannelSplitView channels;
        channels.setChannels(person.channels);
        ChannelSplitView empty; // the empty state exports too
        QTemporaryDir dir;
        int n = 0;
        for (ChartPanel *panel : std::initializer_list<ChartPanel *>{&timeline, &interest, &heatmap, &channels, &empty}) {
            const QString path = dir.filePath(QStringLiteral("chart%1.png").arg(n++));
            QString error;
            // Never shown: 800 x 450 at device pixel ratio 2.
            QVERIFY2(panel->exportPng(path, &error), qPrintable(error));
            QImage image(path);
            QCOMPARE(image.size(), QSize(1600, 900));
            QVERIFY(image.pixelColor(10, 10) != image.pixelColor(800, 450) || image.pixelColor(40, 40) != image.pixelColor(800, 450));
        }
        // Shown: twice its size; the title is in the picture (dark pixels in the top band).
        timeline.resize(640, 300);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const QImage image = timeline.renderImage();
        QCOMPARE(image.size(), QSize(1280, 600));
        int dark = 0;
        for (int x = 0; x < 400; ++x)
            dark += image.pixelColor(x, 30).lightness() < 100 ? 1 : 0;
        QVERIFY(dark > 0);
        QString error;
        QVERIFY(!timeline.exportPng(dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void languageChangeRetranslates()
    {
        TimelineChartView timeline;
        ChannelSplitView channels;
        ActivityHeatmapView heatmap;
        InterestChartView interest;
        channels.setChannels({{QStringLiteral("pc"), 10, 1}});
        QCOMPARE(timeline.title(), QStringLiteral("Behaviour over time"));
        QTranslator chinese; // the built Simplified Chinese (.qm embedded in the models library)
        QString error;
        QVERIFY2(chinese.load(QStringLiteral(":/i18n/zhiqiao_zh_CN.qm")), qPrintable(error));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        // QApplication posts LanguageChange to the windows.
        QTRY_COMPARE(timeline.title(), QStringLiteral("行为时间线"));
        QCOMPARE(timeline.emptyText(), QStringLiteral("这段时间没有事件"));
        QCOMPARE(channels.categories(), QStringList(QStringLiteral("电脑")));
        QCOMPARE(heatmap.title(), QStringLiteral("按星期和小时的活跃度"));
        QCOMPARE(interest.findChild<QToolButton *>(QStringLiteral("radarMode"))->text(), QStringLiteral("雷达图"));
        QCOMPARE(ProfileLabels::weekday(0), QStringLiteral("星期一"));
        QVERIFY(QCoreApplication::removeTranslator(&chinese));
        QTRY_COMPARE(timeline.title(), QStringLiteral("Behaviour over time"));
        QCOMPARE(channels.categories(), QStringList(QStringLiteral("PC")));
    }
};

QTEST_MAIN(TestProfileCharts)
#include "tst_profilecharts.moc"
