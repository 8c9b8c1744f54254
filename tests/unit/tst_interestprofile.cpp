#include "users/interestprofile.h"

#include <QTest>

#include <cmath>
#include <limits>

using Profile::DayCategoryCount;

namespace {
QDate day(int d) { return QDate(2024, 3, 1).addDays(d); }

DayCategoryCount step(int d, const char *category, qint64 count)
{
    return DayCategoryCount{day(d), QString::fromUtf8(category), count};
}

// The hand-computed history used below, alpha = 0.5:
//   day 0: 商业 3, 人文 1   a = (商业 0.75, 人文 0.25)
//          b = 0.5*a + 0.5*0        = (商业 0.375,  人文 0.125)
//   day 1: 人文 2           a = (人文 1)
//          b = 0.5*a + 0.5*b        = (商业 0.1875, 人文 0.5 + 0.0625 = 0.5625)
//   day 2: 商业 1, 科学 1   a = (商业 0.5, 科学 0.5)
//          商业 = 0.25 + 0.09375 = 0.34375 (11/32)
//          人文 = 0    + 0.28125 = 0.28125 ( 9/32)
//          科学 = 0.25 + 0       = 0.25    ( 8/32)
//   sum = 0.875 = 1 - 0.5^3 (28/32); normalised = 11/28, 9/28, 8/28.
QList<DayCategoryCount> handHistory()
{
    return {step(0, "商业", 3), step(0, "人文", 1), step(1, "人文", 2), step(2, "商业", 1), step(2, "科学", 1)};
}

void compareWeights(const QMap<QString, double> &actual, const QMap<QString, double> &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(std::abs(actual.value(it.key()) - it.value()) < 1e-12,
                 qPrintable(QStringLiteral("%1: %2 != %3").arg(it.key()).arg(actual.value(it.key())).arg(it.value())));
    }
}
} // namespace

class TestInterestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedExample()
    {
        const auto result = InterestProfile::compute(handHistory(), 0.5);
        QCOMPARE(result.activeDays, 3);
        QCOMPARE(result.alpha, 0.5);
        compareWeights(result.weights, {{QStringLiteral("商业"), 0.34375}, {QStringLiteral("人文"), 0.28125},
                                        {QStringLiteral("科学"), 0.25}});
        compareWeights(result.normalised, {{QStringLiteral("商业"), 11.0 / 28}, {QStringLiteral("人文"), 9.0 / 28},
                                           {QStringLiteral("科学"), 8.0 / 28}});
        compareWeights(InterestProfile::weights(handHistory(), 0.5), result.weights);
    }

    // The loader orders by day, but shuffled steps and repeated (day, category) rows give the same.
    void orderAndRepeatsDoNotMatter()
    {
        QList<DayCategoryCount> shuffled = {step(2, "科学", 1), step(0, "人文", 1), step(1, "人文", 2),
                                            step(0, "商业", 1), step(2, "商业", 1), step(0, "商业", 2)};
        compareWeights(InterestProfile::compute(shuffled, 0.5).weights,
                       InterestProfile::compute(handHistory(), 0.5).weights);
    }

    // Only active days are steps: a month of silence between two days changes nothing.
    void inactiveDaysDoNotDecay()
    {
        const QList<DayCategoryCount> adjacent = {step(0, "商业", 1), step(1, "人文", 1)};
        const QList<DayCategoryCount> apart = {step(0, "商业", 1), step(40, "人文", 1)};
        compareWeights(InterestProfile::weights(apart, 0.3), InterestProfile::weights(adjacent, 0.3));
        // 0.3*0.7 = 0.21 and 0.3
        compareWeights(InterestProfile::weights(apart, 0.3), {{QStringLiteral("商业"), 0.21}, {QStringLiteral("人文"), 0.3}});
    }

    void emptyHistory()
    {
        const auto result = InterestProfile::compute({}, 0.1);
        QVERIFY(result.weights.isEmpty());
        QVERIFY(result.normalised.isEmpty());
        QCOMPARE(result.activeDays, 0);
        QVERIFY(InterestProfile::normalise({}).isEmpty());
        QVERIFY(InterestProfile::normalise({{QStringLiteral("x"), 0.0}}).isEmpty());
    }

    // Zero and negative counts (dirty rows) and invalid days are no steps at all.
    void dirtyStepsIgnored()
    {
        const QList<DayCategoryCount> dirty = {step(0, "商业", 0), step(1, "人文", -4),
                                               DayCategoryCount{QDate(), QStringLiteral("科学"), 5}};
        const auto result = InterestProfile::compute(dirty, 0.5);
        QCOMPARE(result.activeDays, 0);
        QVERIFY(result.weights.isEmpty());
    }

    // alpha = 1 forgets everything but the last active day.
    void alphaOneGivesLastDay()
    {
        const auto result = InterestProfile::compute(handHistory(), 1.0);
        compareWeights(result.weights, {{QStringLiteral("商业"), 0.5}, {QStringLiteral("人文"), 0.0},
                                        {QStringLiteral("科学"), 0.5}});
        compareWeights(result.normalised, result.weights);
    }

    // One category: raw weight 1 - (1 - alpha)^n, normalised 1.
    void oneCategory_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("days");
        QTest::newRow("0.1 x 1") << 0.1 << 1;
        QTest::newRow("0.1 x 10") << 0.1 << 10;
        QTest::newRow("0.5 x 4") << 0.5 << 4;
        QTest::newRow("1 x 3") << 1.0 << 3;
    }
    void oneCategory()
    {
        QFETCH(double, alpha);
        QFETCH(int, days);
        QList<DayCategoryCount> steps;
        for (int d = 0; d < days; ++d)
            steps.append(step(d, "个人成长", 1 + d % 3));
        const auto result = InterestProfile::compute(steps, alpha);
        compareWeights(result.weights, {{QStringLiteral("个人成长"), 1.0 - std::pow(1.0 - alpha, days)}});
        compareWeights(result.normalised, {{QStringLiteral("个人成长"), 1.0}});
    }

    void alphaClamped_data()
    {
        QTest::addColumn<double>("given");
        QTest::addColumn<double>("used");
        QTest::newRow("zero") << 0.0 << InterestProfile::kMinAlpha;
        QTest::newRow("negative") << -3.0 << InterestProfile::kMinAlpha;
        QTest::newRow("tiny") << 0.001 << InterestProfile::kMinAlpha;
        QTest::newRow("above one") << 2.5 << 1.0;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << InterestProfile::kDefaultAlpha;
        QTest::newRow("in range") << 0.37 << 0.37;
    }
    void alphaClamped()
    {
        QFETCH(double, given);
        QFETCH(double, used);
        QCOMPARE(InterestProfile::clampAlpha(given), used);
        const auto result = InterestProfile::compute(handHistory(), given);
        QCOMPARE(result.alpha, used);
        compareWeights(result.weights, InterestProfile::weights(handHistory(), used));
    }

    // Sanity of the recurrence on any history: raw weights sum to 1 - (1 - alpha)^n.
    void rawSumMatchesClosedForm()
    {
        const auto result = InterestProfile::compute(handHistory(), 0.2);
        double sum = 0;
        for (double w : result.weights)
            sum += w;
        QVERIFY(std::abs(sum - (1.0 - std::pow(0.8, 3))) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestInterestProfile)
#include "tst_interestprofile.moc"
