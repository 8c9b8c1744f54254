#pragma once

#include <vector>

// Top-N accuracy of one ranked list against a person's held-out items (binary relevance).
//   Recall@K = hits in the first K / min(K, |target|)          (Liang et al. 2018)
//   NDCG@K   = Σ_{hit at rank r ≤ K} 1/log2(r + 1) / Σ_{r ≤ min(K, |target|)} 1/log2(r + 1)
//   HR@K     = 1 when any of the first K is a hit, else 0
// Ranks start at 1. An empty target gives 0 for all.
namespace RankingMetrics {

double recall(const std::vector<int> &ranked, const std::vector<int> &target, int k);
double ndcg(const std::vector<int> &ranked, const std::vector<int> &target, int k);
double hitRate(const std::vector<int> &ranked, const std::vector<int> &target, int k);

// Averages over people, and catalogue coverage: distinct items in all top-K lists / catalogue.
class Accumulator
{
public:
    explicit Accumulator(int items) : m_seen(std::size_t(items > 0 ? items : 0), false) {}
    // `ranked` is the person's top list (at least 20 long where the catalogue allows).
    void add(const std::vector<int> &ranked, const std::vector<int> &target);

    int people() const { return m_people; }
    double recallAt20() const { return m_people ? m_recall20 / m_people : 0; }
    double ndcgAt20() const { return m_people ? m_ndcg20 / m_people : 0; }
    double hitRateAt10() const { return m_people ? m_hr10 / m_people : 0; }
    double coverageAt20() const;

private:
    std::vector<bool> m_seen;
    int m_people = 0;
    double m_recall20 = 0;
    double m_ndcg20 = 0;
    double m_hr10 = 0;
};

} // namespace RankingMetrics
