#include "recommend/itemknnmodel.h"

#include "core/backgroundpool.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

void ItemKnnModel::train(const Interactions &data, int neighbours, int threads)
{
    const int n = data.itemCount();
    const auto &byItem = data.byItem();
    const auto &byUser = data.byUser();
    m_neighbours.assign(std::size_t(n), {});
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    std::atomic<int> next{0};
    auto work = [&] {
        lowerThreadPriority();
        std::vector<float> co(std::size_t(n), 0.0f);
        std::vector<int> touched;
        for (int a = next++; a < n; a = next++) {
            touched.clear();
            for (auto j = byItem.begin(a); j < byItem.end(a); ++j) {
                const int u = byItem.column[std::size_t(j)];
                for (auto l = byUser.begin(u); l < byUser.end(u); ++l) {
                    const int b = byUser.column[std::size_t(l)];
                    if (b == a)
                        continue;
                    if (co[std::size_t(b)] == 0)
                        touched.push_back(b);
                    co[std::size_t(b)] += 1.0f;
                }
            }
            std::vector<Neighbour> list;
            list.reserve(touched.size());
            const float na = float(byItem.length(a));
            for (int b : touched) {
                list.push_back({b, co[std::size_t(b)] / std::sqrt(na * float(byItem.length(b)))});
                co[std::size_t(b)] = 0;
            }
            auto better = [](const Neighbour &x, const Neighbour &y) {
                return x.similarity != y.similarity ? x.similarity > y.similarity : x.item < y.item;
            };
            if (int(list.size()) > neighbours) {
                std::nth_element(list.begin(), list.begin() + neighbours, list.end(), better);
                list.resize(std::size_t(neighbours));
            }
            std::sort(list.begin(), list.end(), better);
            m_neighbours[std::size_t(a)] = std::move(list);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
}

std::vector<float> ItemKnnModel::scores(const History &history) const
{
    std::vector<float> out(m_neighbours.size(), 0.0f);
    for (const History::Entry &e : history.entries) {
        if (e.item < 0 || std::size_t(e.item) >= m_neighbours.size())
            continue;
        for (const Neighbour &nb : m_neighbours[std::size_t(e.item)])
            out[std::size_t(nb.item)] += nb.similarity;
    }
    return out;
}

float ItemKnnModel::similarity(int a, int b) const
{
    for (const Neighbour &nb : m_neighbours[std::size_t(a)])
        if (nb.item == b)
            return nb.similarity;
    return 0;
}
