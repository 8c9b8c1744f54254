#pragma once

#include "migration/batchloader.h"
#include "migration/migrationscopereader.h"
#include "migration/migrationtargetindex.h"
#include "core/stringhash.h"
#include "migration/recordtransformer.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QUuid>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

// Decides, per source record, what the load does with it: insert the transformed record, link it
// to an existing target record (merged user, or already migrated by an earlier run of the same
// source/target pair), quarantine or drop it. Shared by the dry run and the real run, so the dry
// run says what the run will do.
class MigrationRecordPlanner
{
public:
    MigrationRecordPlanner(const MigrationPlan &plan, const MigrationTargetIndex &index, const QUuid &runId);
    MigrationRecordPlanner(const MigrationRecordPlanner &) = delete;
    MigrationRecordPlanner &operator=(const MigrationRecordPlanner &) = delete;

    // Source user key -> target user key, for the references of the records planned next. The
    // planner keeps what it learnt for the rest of the run (a ledger row never changes):
    // usersToLearn() gives the keys it has not been told about yet, learnUserKeys() records the
    // answer for them (keys without a target key stay unknown: orphan_user).
    QStringList usersToLearn(const QStringList &sourceUserKeys) const;
    void learnUserKeys(const QStringList &asked, const QMap<QString, QString> &found);
    // `created`: the user is new on the target (this run made her), so none of her records can
    // be there already.
    void addUserKey(const QString &source, const QString &target, bool created = false);
    void markCreatedUsers(const QStringList &sourceUserKeys);
    // Target keys of the users of these source records who existed on the target before (merged,
    // skipped, or moved by another run): their composite-key records may be there already.
    QStringList existingTargetUsers(const QList<MigrationScopeReader::ScopedRecord> &records) const;
    // For the next batch of an entity with a composite key (TargetRecordKeys::applies): the keys
    // the target already holds among its users. Such a record is linked to the target's own
    // (outcome merged), not written; so is a second record of the batch with a key planned before.
    void setExistingOnTarget(QSet<QString> keys, bool applies)
    {
        m_existingOnTarget = std::move(keys);
        m_linkComposite = applies;
    }
    // Source keys of the entity planned next that the ledger already holds (same pair): linked,
    // never written again.
    void setAlreadyMigrated(QMap<QString, QString> keys) { m_already = std::move(keys); }

    // Pass the source record by move where it is not needed afterwards (the planned record keeps it).
    PlannedRecord plan(const QString &entity, MigrationScopeReader::ScopedRecord source);
    bool alreadyMigrated(const QString &sourceKey) const { return m_already.contains(sourceKey); }

private:
    PlannedRecord planUser(MigrationScopeReader::ScopedRecord &&source);
    PlannedRecord transformed(MigrationScopeReader::ScopedRecord &&source);

    const MigrationPlan &m_plan;
    const MigrationTargetIndex &m_index;
    QUuid m_runId;
    using KeyMap = StringMap<std::string>;
    // Per entity, worked out once: the own key field's position, whether the engine assigns it.
    struct OwnKey
    {
        int index = -1;
        bool assigned = false;
    };
    const OwnKey &ownKey(const CanonicalEntity *entity) const;

    // What the planner knows of each source user it was told or asked about: her target key
    // (empty: the target has none) and whether this run created her there.
    struct User
    {
        std::string target;
        bool created = false;
    };
    StringMap<User> m_users;
    QSet<QString> m_existingOnTarget;
    KeyMap m_itemKeys; // source item -> target item (from the index)
    mutable std::unordered_map<const CanonicalEntity *, OwnKey> m_ownKeys;
    bool m_linkComposite = false;
    QMap<QString, QString> m_already;
    std::unique_ptr<RecordTransformer> m_transformer;
};
