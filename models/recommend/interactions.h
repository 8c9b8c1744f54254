#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

// One platform's implicit feedback, ready for the recommenders: its items, its users, and one
// entry per (user, item) with a strength (> 0) and the strongest signal behind it. Built with
// add() then finish(); after finish() the entries are available by user (byUser) and by item
// (byItem), each row sorted by column. docs/recommend-design.md describes the data flow.
class Interactions
{
public:
    // What a person did with an item, strongest first (used for the reason shown with a
    // recommendation: "because you finished …").
    enum class Signal : std::uint8_t { Finished, Bought, Rated, Favourited, Liked, Listened, Started, Viewed };

    struct Item
    {
        QString key;
        QString title;
        QString category; // category path, may be empty
    };

    // Compressed rows: the entries of row r are [start[r], start[r + 1]).
    struct Rows
    {
        std::vector<std::int64_t> start;
        std::vector<int> column;
        std::vector<float> strength;
        std::vector<Signal> signal;

        int rows() const { return start.empty() ? 0 : int(start.size()) - 1; }
        std::int64_t begin(int r) const { return start[std::size_t(r)]; }
        std::int64_t end(int r) const { return start[std::size_t(r) + 1]; }
        int length(int r) const { return int(end(r) - begin(r)); }
    };

    // Returns the item's index; an existing key keeps its index and takes the new title/category.
    int addItem(const Item &item);
    int addUser(const QString &key);
    // Adds strength to (user, item) and keeps the stronger signal. Indexes must exist; a
    // strength <= 0 is ignored.
    void add(int user, int item, float strength, Signal signal);
    // Drops every entry added so far for the (user, item) pairs `drop` names (before finish()).
    void remove(const std::function<bool(int user, int item)> &drop);
    // Builds byUser() and byItem(); further add() calls need another finish().
    void finish();

    int itemCount() const { return int(m_items.size()); }
    int userCount() const { return int(m_userKeys.size()); }
    std::int64_t entryCount() const { return std::int64_t(m_byUser.column.size()); }
    const Item &item(int i) const { return m_items[std::size_t(i)]; }
    const QString &userKey(int u) const { return m_userKeys[u]; }
    const QStringList &userKeys() const { return m_userKeys; }
    int itemIndex(const QString &key) const { return m_itemIndex.value(key, -1); }
    int userIndex(const QString &key) const { return m_userIndex.value(key, -1); }
    QStringList itemKeys() const;
    QStringList categories() const; // distinct, sorted

    const Rows &byUser() const { return m_byUser; }
    const Rows &byItem() const { return m_byItem; }

    // Only the users in `keep` (by index, in that order) and all items: for training without
    // held-out users.
    Interactions withUsers(const std::vector<int> &keep) const;

private:
    struct Entry
    {
        int user;
        int item;
        float strength;
        Signal signal;
    };
    std::vector<Item> m_items;
    QHash<QString, int> m_itemIndex;
    QStringList m_userKeys;
    QHash<QString, int> m_userIndex;
    std::vector<Entry> m_entries;
    Rows m_byUser;
    Rows m_byItem;
};

// One person's history on one platform, in that platform's item indexes.
struct History
{
    struct Entry
    {
        int item = -1;
        float strength = 0;
        Interactions::Signal signal = Interactions::Signal::Viewed;
    };
    std::vector<Entry> entries;

    bool empty() const { return entries.empty(); }
    bool contains(int item) const;
    // Row `user` of `data`.
    static History ofUser(const Interactions &data, int user);
};
