#include "recommend/taxonomymap.h"

#include "migration/migrationplan.h"

TaxonomyMap TaxonomyMap::identityMap()
{
    TaxonomyMap m;
    m.m_identity = true;
    return m;
}

TaxonomyMap TaxonomyMap::fromPlan(const MigrationPlan &plan)
{
    TaxonomyMap m;
    const auto &entries = plan.maps.category.entries;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QString target = it.value().value(QStringLiteral("category_path")).toString();
        if (!target.isEmpty())
            m.insert(it.key(), target);
    }
    return m;
}

QString TaxonomyMap::map(const QString &sourcePath) const
{
    QString path = sourcePath;
    for (;;) {
        const auto found = m_entries.constFind(path);
        if (found != m_entries.constEnd())
            return *found;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        path.truncate(slash);
    }
    return m_identity ? sourcePath : QString();
}

QMap<QString, double> TaxonomyMap::carry(const QMap<QString, double> &profile) const
{
    QMap<QString, double> out;
    for (auto it = profile.constBegin(); it != profile.constEnd(); ++it) {
        const QString target = map(it.key());
        if (!target.isEmpty())
            out[target] += it.value();
    }
    return out;
}

TaxonomyMap TaxonomyMap::inverted() const
{
    TaxonomyMap m;
    m.m_identity = m_identity;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        const auto existing = m.m_entries.constFind(it.value());
        if (existing == m.m_entries.constEnd() || it.key().size() < existing->size())
            m.m_entries.insert(it.value(), it.key());
    }
    return m;
}
