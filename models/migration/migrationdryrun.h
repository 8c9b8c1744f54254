#pragma once

#include "migration/migrationprogress.h"
#include "migration/migrationrecordplanner.h"
#include "migration/migrationrunresult.h"

#include <atomic>
#include <functional>

// What a run would do, without writing anything: the same planning as the load (user matching,
// transforms, item matching), with the keys new users would get where the engine assigns them.
// Ledger state is not consulted: a dry run after a run reports the migrated people as merged.
class MigrationDryRun
{
public:
    // `target` (may be null) is read for records a merged person already has there.
    MigrationDryRun(const MigrationPlan &plan, MigrationScopeReader &scope, MigrationRecordPlanner &planner,
                    PgSession *target = nullptr, const Adapter *targetAdapter = nullptr);

    DbError run(MigrationRunResult &result, const std::function<void(const MigrationProgress &)> &progress,
                const std::atomic<bool> *cancel, int samplesPerEntity);

private:
    void count(MigrationEntityCounts &c, const PlannedRecord &r) const;

    const MigrationPlan &m_plan;
    MigrationScopeReader &m_scope;
    MigrationRecordPlanner &m_planner;
    PgSession *m_target;
    const Adapter *m_targetAdapter;
};
