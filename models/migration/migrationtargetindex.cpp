#include "migration/migrationtargetindex.h"

#include "migration/migrationscopereader.h"
#include "platform/canonicalschema.h"

#include <QSet>

MigrationTargetIndex::MigrationTargetIndex(const MigrationPlan &plan, const Adapter &source, const Adapter &target)
    : m_plan(plan), m_source(source), m_target(target)
{
}

DbError MigrationTargetIndex::build(pqxx::connection &sourceConn, pqxx::connection &targetConn)
{
    const QString user = QStringLiteral("user"), item = QStringLiteral("item");
    if (m_target.entity(user)) {
        DbError e = MigrationScopeReader::readAll(targetConn, m_target, user,
                                                  [&](const QVariantMap &u) { m_users.addTargetUser(u); });
        if (e.isError())
            return e;
    }
    if (!m_target.entity(item) || !m_source.entity(item))
        return {};
    ItemMatcher matcher(m_plan.items);
    QSet<QString> targetItems;
    DbError e = MigrationScopeReader::readAll(targetConn, m_target, item, [&](const QVariantMap &i) {
        matcher.addTargetItem(i);
        targetItems.insert(i.value(QStringLiteral("item_key")).toString());
        const QVariant d = i.value(QStringLiteral("duration_seconds"));
        if (!d.isNull())
            m_durations.insert(i.value(QStringLiteral("item_key")).toString(), d.toLongLong());
    });
    if (e.isError())
        return e;
    // A plan's explicit "items.map" entry is only a value: when the target has no such item, the
    // source item is unmatched (orphan_item under the plan's policy), never a reference to nothing.
    return MigrationScopeReader::readAll(sourceConn, m_source, item, [&](const QVariantMap &i) {
        if (const auto key = matcher.match(i); key && targetItems.contains(*key))
            m_itemMap.insert(i.value(QStringLiteral("item_key")).toString(), *key);
    });
}

std::optional<QString> MigrationTargetIndex::targetItem(const QString &sourceItemKey) const
{
    const auto it = m_itemMap.constFind(sourceItemKey);
    return it == m_itemMap.cend() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<qlonglong> MigrationTargetIndex::targetDuration(const QString &targetItemKey) const
{
    const auto it = m_durations.constFind(targetItemKey);
    return it == m_durations.cend() ? std::nullopt : std::optional<qlonglong>(*it);
}

bool MigrationTargetIndex::writerSuppliesKey(const QString &entity) const
{
    const AdapterEntity *e = m_target.entity(entity);
    const CanonicalEntity *c = CanonicalSchema::entity(entity);
    if (!e || !c || !e->hasWrite || !e->write.returning.isEmpty())
        return false;
    for (const AdapterWriteColumn &col : e->write.columns)
        for (const QString &key : c->keyFields)
            if (col.field == key && key == entity + QStringLiteral("_key"))
                return true;
    return false;
}

QString MigrationTargetIndex::assignedKey(const QUuid &runId, const QString &entity, const QString &sourceKey)
{
    return QUuid::createUuidV5(runId, entity + QChar(0x1F) + sourceKey).toString(QUuid::WithoutBraces);
}
