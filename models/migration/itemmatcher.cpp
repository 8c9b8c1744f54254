#include "migration/itemmatcher.h"

ItemMatcher::ItemMatcher(const PlanItems &items)
    : m_items(items)
{
}

QString ItemMatcher::matchKey(const QString &title, const QString &author)
{
    const auto norm = [](const QString &s) {
        return s.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
    };
    return norm(title) + QChar(0x1f) + norm(author);
}

void ItemMatcher::addTargetItem(const QVariantMap &targetItem)
{
    const QString key = matchKey(targetItem.value(QStringLiteral("title")).toString(),
                                 targetItem.value(QStringLiteral("author")).toString());
    m_byKey.insert(key, targetItem.value(QStringLiteral("item_key")).toString());
    ++m_counts[key];
}

std::optional<QString> ItemMatcher::match(const QVariantMap &sourceItem) const
{
    const auto explicitTarget = m_items.map.constFind(sourceItem.value(QStringLiteral("item_key")).toString());
    if (explicitTarget != m_items.map.constEnd())
        return *explicitTarget;
    if (m_items.match != ItemMatchRule::TitleAuthor)
        return std::nullopt;
    const QString key = matchKey(sourceItem.value(QStringLiteral("title")).toString(),
                                 sourceItem.value(QStringLiteral("author")).toString());
    if (m_counts.value(key) != 1)
        return std::nullopt;
    return m_byKey.value(key);
}

bool ItemMatcher::ambiguous(const QVariantMap &sourceItem) const
{
    if (m_items.map.contains(sourceItem.value(QStringLiteral("item_key")).toString()) || m_items.match != ItemMatchRule::TitleAuthor)
        return false;
    return m_counts.value(matchKey(sourceItem.value(QStringLiteral("title")).toString(),
                                   sourceItem.value(QStringLiteral("author")).toString())) > 1;
}
