#pragma once

#include "db/dberror.h"
#include "migration/itemmatcher.h"
#include "migration/migrationplan.h"
#include "migration/usermatcher.h"
#include "platform/adapter.h"

#include <QHash>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include <pqxx/connection>

#include <optional>

// What a run needs to know about the target before writing: its users (for UserMatcher, indexed
// once), the target item of each source item (ItemMatcher), target item durations (progress
// seconds), and which entities' writes must carry their own key.
class MigrationTargetIndex
{
public:
    MigrationTargetIndex(const MigrationPlan &plan, const Adapter &source, const Adapter &target);

    DbError build(pqxx::connection &sourceConn, pqxx::connection &targetConn);

    const UserMatcher &users() const { return m_users; }
    std::optional<QString> targetItem(const QString &sourceItemKey) const;
    const QHash<QString, QString> &itemMap() const { return m_itemMap; } // source item key -> target item key
    std::optional<qlonglong> targetDuration(const QString &targetItemKey) const;

    // True when the target's write section writes the entity's own key without getting it back
    // (no "returning"; e.g. ximalaya's UUID keys): the engine must supply the key.
    bool writerSuppliesKey(const QString &entity) const;
    // Deterministic key for a record the engine creates: UUID v5 over (run, entity, source key),
    // so a redo after an in-doubt commit writes the same key.
    static QString assignedKey(const QUuid &runId, const QString &entity, const QString &sourceKey);

private:
    const MigrationPlan &m_plan;
    const Adapter &m_source;
    const Adapter &m_target;
    UserMatcher m_users;
    QHash<QString, QString> m_itemMap;     // source item key -> target item key
    QHash<QString, qlonglong> m_durations; // target item key -> seconds
};
