#include "recommend/topn.h"

#include <algorithm>
#include <unordered_set>

namespace TopN {

std::vector<int> rank(const std::vector<float> &scores, const History &history, int n)
{
    std::unordered_set<int> seen;
    for (const History::Entry &e : history.entries)
        seen.insert(e.item);
    std::vector<int> candidates;
    candidates.reserve(scores.size());
    for (int i = 0; i < int(scores.size()); ++i)
        if (!seen.count(i))
            candidates.push_back(i);
    auto better = [&](int a, int b) {
        return scores[std::size_t(a)] != scores[std::size_t(b)] ? scores[std::size_t(a)] > scores[std::size_t(b)] : a < b;
    };
    const std::size_t keep = std::min<std::size_t>(std::size_t(std::max(n, 0)), candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep), candidates.end(), better);
    candidates.resize(keep);
    return candidates;
}

} // namespace TopN
