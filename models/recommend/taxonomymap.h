#pragma once

#include <QMap>
#include <QString>

class MigrationPlan;

// Source category path -> target category path, for carrying an interest profile across
// platforms. A path the map does not list takes its nearest listed parent's target ("商业/管理/
// 团队" -> the entry of "商业/管理", else of "商业"); a path with no listed parent is carried
// unchanged when `identity` is set (two platforms that share a vocabulary, such as goodbooks'
// tags), and dropped otherwise.
class TaxonomyMap
{
public:
    TaxonomyMap() = default;
    static TaxonomyMap identityMap();
    // The category map of a migration plan (entries' target `category_path`).
    static TaxonomyMap fromPlan(const MigrationPlan &plan);

    void insert(const QString &source, const QString &target) { m_entries.insert(source, target); }
    // The other direction (target -> source); where several sources meet, the shortest path.
    TaxonomyMap inverted() const;
    // Empty when the path cannot be carried.
    QString map(const QString &sourcePath) const;
    // Weights per source category -> weights per target category (summed where several meet).
    QMap<QString, double> carry(const QMap<QString, double> &profile) const;
    bool isEmpty() const { return m_entries.isEmpty() && !m_identity; }

private:
    QMap<QString, QString> m_entries;
    bool m_identity = false;
};
