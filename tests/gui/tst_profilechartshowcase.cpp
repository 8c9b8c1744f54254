// The four profile charts filled with a heavy user (two years, ~50,000 events, 42 purchases, two
// platforms), in English and in Chinese (pending translations), drawn offscreen: they must fill
// and draw quickly and export. ZQ_PROFILE_SHOTS=dir keeps the pictures, for people to look at:
//   ZQ_PROFILE_SHOTS=docs/screenshots tst_profilechartshowcase   (then keep profile-charts-*.png)
#include "charts/profile/activityheatmapview.h"
#include "charts/profile/channelsplitview.h"
#include "charts/profile/interestchartview.h"
#include "charts/profile/timelinechartview.h"
#include "profilesample.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
} // namespace

class TestProfileChartShowcase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showcase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void showcase();
};

void TestProfileChartShowcase::showcase()
{
    QFETCH(QString, language);
    QTranslator chinese; // the built Simplified Chinese (.qm embedded in the models library)
    if (language == QLatin1String("zh")) {
        QVERIFY(chinese.load(QStringLiteral(":/i18n/zhiqiao_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    const auto person = ProfileSample::heavyUser(42, QStringLiteral("Dedao demo"));
    QCOMPARE(person.timeline.isEmpty(), false);
    QVERIFY(person.eventCount > 40000);
    QWidget page;
    auto *grid = new QGridLayout(&page);
    auto *timeline = new TimelineChartView;
    auto *interest = new InterestChartView;
    auto *heatmap = new ActivityHeatmapView;
    auto *channels = new ChannelSplitView;
    grid->addWidget(timeline, 0, 0, 1, 2);
    grid->addWidget(interest, 1, 0);
    grid->addWidget(channels, 1, 1);
    grid->addWidget(heatmap, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    page.resize(1400, 1150);

    QElapsedTimer timer;
    timer.start();
    timeline->setData(person.timeline, person.purchases);
    interest->setHistories({{QStringLiteral("Dedao demo"), person.interestSteps},
                            {QStringLiteral("Ximalaya demo"), ProfileSample::otherPlatformSteps(43, QDate(2023, 1, 2), 730)}});
    heatmap->setHeatmap(person.heatmap);
    channels->setChannels(person.channels);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage shot = page.grab().toImage();
    qInfo("filled and drew 4 charts of %lld events in %lld ms", person.eventCount, timer.elapsed());
    QVERIFY(!shot.isNull());
    QElapsedTimer sliding;
    sliding.start();
    for (int i = 0; i < 40; ++i)
        interest->setAlpha(0.01 + i * 0.02); // moving the slider over two years of history
    qInfo("40 alpha changes (recompute and redraw both charts) in %lld ms", sliding.elapsed());
    QVERIFY2(sliding.elapsed() < 2000, "the alpha slider is too slow for a heavy user");

    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("ZQ_PROFILE_SHOTS", scratch.path());
    interest->setAlpha(0.1);
    QTest::qWait(50); // the charts lay their legends and labels out in posted events
    QVERIFY(page.grab().save(dir + QStringLiteral("/profile-charts-%1.png").arg(language)));
    interest->setMode(InterestChartView::Mode::Radar);
    timeline->zoomTo(QDate(2024, 5, 1), QDate(2024, 6, 15));
    QTest::qWait(50);
    QVERIFY(page.grab().save(dir + QStringLiteral("/profile-charts-%1-radar-zoomed.png").arg(language)));
    interest->setAlpha(0.3);
    timeline->zoomTo(QDate(2024, 5, 1), QDate(2024, 5, 12));
    for (ChartPanel *panel : std::initializer_list<ChartPanel *>{timeline, interest, heatmap, channels})
        QVERIFY(panel->exportPng(dir + QStringLiteral("/export-%1-%2.png").arg(panel->metaObject()->className(), language), nullptr));
    QCoreApplication::removeTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestProfileChartShowcase)
#include "tst_profilechartshowcase.moc"
