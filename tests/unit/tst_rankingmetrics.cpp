#include "recommend/rankingmetrics.h"
#include "recommend/topn.h"

#include <QTest>

#include <cmath>

class TstRankingMetrics : public QObject
{
    Q_OBJECT

private slots:
    void handComputed_data();
    void handComputed();
    void accumulatorAveragesAndCoverage();
    void topNLeavesOutHistoryAndBreaksTies();
};

void TstRankingMetrics::handComputed_data()
{
    QTest::addColumn<std::vector<int>>("ranked");
    QTest::addColumn<std::vector<int>>("target");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("ndcg");
    QTest::addColumn<double>("hr");
    // Hits at ranks 1 and 3 of 2 targets: DCG = 1 + 1/log2(4) = 1.5, IDCG = 1 + 1/log2(3).
    QTest::newRow("hits at 1 and 3") << std::vector<int>{5, 9, 7, 1} << std::vector<int>{5, 7} << 3 << 1.0
                                     << 1.5 / (1 + 1 / std::log2(3.0)) << 1.0;
    // One hit at rank 2 of 3 targets with k = 2: recall = 1/min(2,3), DCG = 1/log2(3), IDCG = 1 + 1/log2(3).
    QTest::newRow("cut at k") << std::vector<int>{4, 2, 3} << std::vector<int>{2, 3, 8} << 2 << 0.5
                              << (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0)) << 1.0;
    QTest::newRow("no hit") << std::vector<int>{1, 2, 3} << std::vector<int>{9} << 3 << 0.0 << 0.0 << 0.0;
    QTest::newRow("empty target") << std::vector<int>{1, 2} << std::vector<int>{} << 2 << 0.0 << 0.0 << 0.0;
    // Target larger than k: all k hits is a perfect list.
    QTest::newRow("perfect, many targets") << std::vector<int>{1, 2} << std::vector<int>{1, 2, 3, 4} << 2 << 1.0 << 1.0 << 1.0;
    // A list shorter than k.
    QTest::newRow("short list") << std::vector<int>{3} << std::vector<int>{3, 4} << 5 << 0.5
                                << 1.0 / (1 + 1 / std::log2(3.0)) << 1.0;
}

void TstRankingMetrics::handComputed()
{
    QFETCH(std::vector<int>, ranked);
    QFETCH(std::vector<int>, target);
    QFETCH(int, k);
    QFETCH(double, recall);
    QFETCH(double, ndcg);
    QFETCH(double, hr);
    QVERIFY(std::abs(RankingMetrics::recall(ranked, target, k) - recall) < 1e-12);
    QVERIFY(std::abs(RankingMetrics::ndcg(ranked, target, k) - ndcg) < 1e-12);
    QCOMPARE(RankingMetrics::hitRate(ranked, target, k), hr);
}

void TstRankingMetrics::accumulatorAveragesAndCoverage()
{
    RankingMetrics::Accumulator acc(100);
    std::vector<int> first, second;
    for (int i = 0; i < 20; ++i) {
        first.push_back(i);      // items 0..19
        second.push_back(i + 10); // items 10..29
    }
    acc.add(first, {0});   // hit at rank 1: recall 1, ndcg 1, hr 1
    acc.add(second, {99}); // miss
    acc.add(second, {});   // empty target: not counted
    QCOMPARE(acc.people(), 2);
    QCOMPARE(acc.recallAt20(), 0.5);
    QCOMPARE(acc.ndcgAt20(), 0.5);
    QCOMPARE(acc.hitRateAt10(), 0.5);
    QCOMPARE(acc.coverageAt20(), 0.30); // items 0..29 of 100
}

void TstRankingMetrics::topNLeavesOutHistoryAndBreaksTies()
{
    const std::vector<float> scores = {0.5f, 0.9f, 0.9f, 0.1f, 0.7f};
    History h;
    h.entries.push_back({4, 1.0f, Interactions::Signal::Bought});
    QCOMPARE(TopN::rank(scores, h, 3), (std::vector<int>{1, 2, 0}));
    QCOMPARE(TopN::rank(scores, {}, 10), (std::vector<int>{1, 2, 4, 0, 3}));
    QCOMPARE(TopN::rank(scores, {}, 0), std::vector<int>{});
}

QTEST_APPLESS_MAIN(TstRankingMetrics)
#include "tst_rankingmetrics.moc"
