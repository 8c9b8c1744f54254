#include "recommend/interactions.h"

#include <algorithm>
#include <set>

int Interactions::addItem(const Item &item)
{
    const auto found = m_itemIndex.constFind(item.key);
    if (found != m_itemIndex.constEnd()) {
        m_items[std::size_t(*found)] = item;
        return *found;
    }
    const int index = int(m_items.size());
    m_items.push_back(item);
    m_itemIndex.insert(item.key, index);
    return index;
}

int Interactions::addUser(const QString &key)
{
    const auto found = m_userIndex.constFind(key);
    if (found != m_userIndex.constEnd())
        return *found;
    const int index = int(m_userKeys.size());
    m_userKeys.append(key);
    m_userIndex.insert(key, index);
    return index;
}

void Interactions::add(int user, int item, float strength, Signal signal)
{
    if (!(strength > 0) || user < 0 || item < 0 || user >= userCount() || item >= itemCount())
        return;
    m_entries.push_back({user, item, strength, signal});
}

void Interactions::remove(const std::function<bool(int user, int item)> &drop)
{
    std::erase_if(m_entries, [&](const Entry &e) { return drop(e.user, e.item); });
}

namespace {

// Sorts `entries` by (row, column) with `rowOf`/`colOf`, merges duplicates (strengths summed,
// strongest signal kept) and fills `out`.
template <class Entry, class RowOf, class ColOf>
void compress(std::vector<Entry> &entries, int rows, RowOf rowOf, ColOf colOf, Interactions::Rows &out)
{
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        return rowOf(a) != rowOf(b) ? rowOf(a) < rowOf(b) : colOf(a) < colOf(b);
    });
    out = {};
    out.start.assign(std::size_t(rows) + 1, 0);
    out.column.reserve(entries.size());
    out.strength.reserve(entries.size());
    out.signal.reserve(entries.size());
    int lastRow = -1;
    int lastCol = -1;
    for (const Entry &e : entries) {
        if (rowOf(e) == lastRow && colOf(e) == lastCol) {
            out.strength.back() += e.strength;
            out.signal.back() = std::min(out.signal.back(), e.signal);
            continue;
        }
        lastRow = rowOf(e);
        lastCol = colOf(e);
        out.column.push_back(lastCol);
        out.strength.push_back(e.strength);
        out.signal.push_back(e.signal);
        ++out.start[std::size_t(lastRow) + 1];
    }
    for (std::size_t r = 1; r < out.start.size(); ++r)
        out.start[r] += out.start[r - 1];
}

} // namespace

void Interactions::finish()
{
    compress(m_entries, userCount(), [](const Entry &e) { return e.user; }, [](const Entry &e) { return e.item; },
             m_byUser);
    // The merged entries, by item.
    std::vector<Entry> merged;
    merged.reserve(m_byUser.column.size());
    for (int u = 0; u < m_byUser.rows(); ++u)
        for (auto j = m_byUser.begin(u); j < m_byUser.end(u); ++j)
            merged.push_back({u, m_byUser.column[std::size_t(j)], m_byUser.strength[std::size_t(j)],
                              m_byUser.signal[std::size_t(j)]});
    m_entries = merged;
    compress(merged, itemCount(), [](const Entry &e) { return e.item; }, [](const Entry &e) { return e.user; },
             m_byItem);
}

QStringList Interactions::itemKeys() const
{
    QStringList keys;
    keys.reserve(itemCount());
    for (const Item &i : m_items)
        keys.append(i.key);
    return keys;
}

QStringList Interactions::categories() const
{
    std::set<QString> distinct;
    for (const Item &i : m_items)
        if (!i.category.isEmpty())
            distinct.insert(i.category);
    return QStringList(distinct.begin(), distinct.end());
}

Interactions Interactions::withUsers(const std::vector<int> &keep) const
{
    Interactions out;
    out.m_items = m_items;
    out.m_itemIndex = m_itemIndex;
    for (int u : keep) {
        const int nu = out.addUser(m_userKeys[u]);
        for (auto j = m_byUser.begin(u); j < m_byUser.end(u); ++j)
            out.m_entries.push_back({nu, m_byUser.column[std::size_t(j)], m_byUser.strength[std::size_t(j)],
                                     m_byUser.signal[std::size_t(j)]});
    }
    out.finish();
    return out;
}

bool History::contains(int item) const
{
    return std::any_of(entries.begin(), entries.end(), [item](const Entry &e) { return e.item == item; });
}

History History::ofUser(const Interactions &data, int user)
{
    History h;
    const auto &rows = data.byUser();
    for (auto j = rows.begin(user); j < rows.end(user); ++j)
        h.entries.push_back({rows.column[std::size_t(j)], rows.strength[std::size_t(j)], rows.signal[std::size_t(j)]});
    return h;
}
