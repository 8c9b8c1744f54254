#pragma once

#include "migration/migrationplan.h"

#include <QHash>
#include <QString>
#include <QVariantMap>

#include <optional>

// Items are matched on the target, not moved: the plan's explicit item map first, then (rule
// title_author) the same title and author after normalisation. Two target items with the same
// normalised title and author match nothing: guessing between them would attach orders to the
// wrong item.
class ItemMatcher
{
public:
    explicit ItemMatcher(const PlanItems &items);

    void addTargetItem(const QVariantMap &targetItem); // canonical item record (item_key, title, author)

    // Target item key for a canonical source item, or none (unmatched or ambiguous).
    std::optional<QString> match(const QVariantMap &sourceItem) const;
    bool ambiguous(const QVariantMap &sourceItem) const;

    // NFKC, case-folded, inner whitespace collapsed, trimmed; title and author joined by U+001F.
    static QString matchKey(const QString &title, const QString &author);

private:
    PlanItems m_items;
    QHash<QString, QString> m_byKey;  // match key -> target item key
    QHash<QString, int> m_counts;     // match key -> number of target items with it
};
