#include "recommend/categoryprofilemodel.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace {
constexpr double kPopularityTieBreak = 1e-3;
} // namespace

void CategoryProfileModel::train(const Interactions &data)
{
    m_categories.clear();
    m_popularity.assign(std::size_t(data.itemCount()), 0.0f);
    float most = 0;
    for (int i = 0; i < data.itemCount(); ++i) {
        m_categories.push_back(data.item(i).category);
        m_popularity[std::size_t(i)] = float(data.byItem().length(i));
        most = std::max(most, m_popularity[std::size_t(i)]);
    }
    if (most > 0)
        for (float &p : m_popularity)
            p /= most;
}

QMap<QString, double> CategoryProfileModel::profileOf(const History &history) const
{
    QMap<QString, double> mix;
    double total = 0;
    for (const History::Entry &e : history.entries) {
        if (e.item < 0 || std::size_t(e.item) >= m_categories.size())
            continue;
        const QString &c = m_categories[std::size_t(e.item)];
        if (c.isEmpty())
            continue;
        mix[c] += e.strength;
        total += e.strength;
    }
    if (total > 0)
        for (double &v : mix)
            v /= total;
    return mix;
}

double CategoryProfileModel::interest(int item, const QMap<QString, double> &profile) const
{
    const QStringList levels = m_categories[std::size_t(item)].split(QLatin1Char('/'), Qt::SkipEmptyParts);
    double value = 0;
    for (auto it = profile.constBegin(); it != profile.constEnd(); ++it) {
        const QStringList other = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        qsizetype common = 0;
        while (common < levels.size() && common < other.size() && levels[common] == other[common])
            ++common;
        if (common > 0)
            value += it.value() * double(common) / double(std::max(levels.size(), other.size()));
    }
    return value;
}

std::vector<float> CategoryProfileModel::scoresForProfile(const QMap<QString, double> &profile) const
{
    std::vector<float> out(m_categories.size());
    QHash<QString, double> byCategory; // few categories, many items
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto found = byCategory.constFind(m_categories[i]);
        if (found == byCategory.constEnd())
            found = byCategory.insert(m_categories[i], interest(int(i), profile));
        out[i] = float(*found + kPopularityTieBreak * m_popularity[i]);
    }
    return out;
}

std::vector<float> CategoryProfileModel::scores(const History &history) const
{
    return scoresForProfile(profileOf(history));
}
