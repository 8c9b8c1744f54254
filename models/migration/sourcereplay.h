#pragma once

#include "db/pgsession.h"
#include "migration/itemmatcher.h"
#include "migration/migrationplan.h"
#include "migration/recordtransformer.h"
#include "platform/adapter.h"

#include <QHash>
#include <QStringList>
#include <QUuid>

#include <pqxx/connection>

#include <memory>

// Reads source records again through the source adapter and transforms them again (the
// transform is deterministic), so the validator can show field differences between what the
// target holds and what the source says it should hold. References are translated the way the
// load path does: users through the target's ledger (any run of the same pair), items by the
// plan's item matching against the target's items.
class SourceReplay
{
public:
    SourceReplay(const MigrationPlan &plan, const Adapter &source, const Adapter &target, PgSession &sourceSession,
                 pqxx::connection &targetConn, PgSession &ledger, const QUuid &runId);

    struct Replayed
    {
        bool found = false;         // the source record still exists
        TransformOutcome outcome;   // when found
    };

    // The ledger's source key: the platform key column values joined by U+001F.
    static constexpr QChar kKeySeparator{0x1f};

    // Source keys -> replayed outcome (found = false when the record no longer exists).
    Result<QHash<QString, Replayed>> replay(const QString &entity, const QStringList &sourceKeys);

private:
    DbError loadTargetItems();
    DbError prepareReferences(const QList<QVariantMap> &records);

    MigrationPlan m_plan;
    const Adapter &m_source;
    const Adapter &m_target;
    PgSession &m_sourceSession;
    pqxx::connection &m_targetConn;
    PgSession &m_ledger;
    QUuid m_runId;
    std::unique_ptr<ItemMatcher> m_items;           // built on first use
    QHash<QString, qlonglong> m_targetDurations;    // target item key -> seconds
    QHash<QString, std::optional<QString>> m_users; // source user key -> target user key
    QHash<QString, std::optional<QString>> m_itemKeys; // source item key -> target item key
    std::unique_ptr<RecordTransformer> m_transformer;
};
