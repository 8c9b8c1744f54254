#include "recommend/rankingmetrics.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace RankingMetrics {

namespace {

int hits(const std::vector<int> &ranked, const std::unordered_set<int> &target, int k)
{
    int h = 0;
    for (int r = 0; r < k && r < int(ranked.size()); ++r)
        h += target.count(ranked[std::size_t(r)]) ? 1 : 0;
    return h;
}

} // namespace

double recall(const std::vector<int> &ranked, const std::vector<int> &target, int k)
{
    const std::unordered_set<int> t(target.begin(), target.end());
    if (t.empty() || k <= 0)
        return 0;
    return double(hits(ranked, t, k)) / double(std::min<std::size_t>(std::size_t(k), t.size()));
}

double ndcg(const std::vector<int> &ranked, const std::vector<int> &target, int k)
{
    const std::unordered_set<int> t(target.begin(), target.end());
    if (t.empty() || k <= 0)
        return 0;
    double dcg = 0;
    for (int r = 0; r < k && r < int(ranked.size()); ++r)
        if (t.count(ranked[std::size_t(r)]))
            dcg += 1.0 / std::log2(r + 2.0);
    double ideal = 0;
    for (int r = 0; r < std::min<int>(k, int(t.size())); ++r)
        ideal += 1.0 / std::log2(r + 2.0);
    return dcg / ideal;
}

double hitRate(const std::vector<int> &ranked, const std::vector<int> &target, int k)
{
    const std::unordered_set<int> t(target.begin(), target.end());
    return hits(ranked, t, k) > 0 ? 1.0 : 0.0;
}

void Accumulator::add(const std::vector<int> &ranked, const std::vector<int> &target)
{
    if (target.empty())
        return;
    ++m_people;
    m_recall20 += recall(ranked, target, 20);
    m_ndcg20 += ndcg(ranked, target, 20);
    m_hr10 += hitRate(ranked, target, 10);
    for (int r = 0; r < 20 && r < int(ranked.size()); ++r) {
        const int item = ranked[std::size_t(r)];
        if (item >= 0 && std::size_t(item) < m_seen.size())
            m_seen[std::size_t(item)] = true;
    }
}

double Accumulator::coverageAt20() const
{
    if (m_seen.empty())
        return 0;
    return double(std::count(m_seen.begin(), m_seen.end(), true)) / double(m_seen.size());
}

} // namespace RankingMetrics
