#include "migration/migrationdryrun.h"

#include "migration/targetrecordkeys.h"

#include <QCoreApplication>

MigrationDryRun::MigrationDryRun(const MigrationPlan &plan, MigrationScopeReader &scope, MigrationRecordPlanner &planner,
                                 PgSession *target, const Adapter *targetAdapter)
    : m_plan(plan), m_scope(scope), m_planner(planner), m_target(target), m_targetAdapter(targetAdapter)
{
}

void MigrationDryRun::count(MigrationEntityCounts &c, const PlannedRecord &r) const
{
    ++c.source;
    switch (r.action) {
    case PlannedRecord::Action::Insert:
        ++c.created;
        break;
    case PlannedRecord::Action::Link:
        ++(r.outcome == TargetLedger::Outcome::Merged ? c.merged : c.skipped);
        break;
    case PlannedRecord::Action::Quarantine:
        ++c.quarantined;
        ++c.reasons[r.reasonCode];
        break;
    case PlannedRecord::Action::Drop:
        ++c.dropped;
        ++c.reasons[r.reasonCode];
        break;
    }
}

DbError MigrationDryRun::run(MigrationRunResult &result, const std::function<void(const MigrationProgress &)> &progress,
                             const std::atomic<bool> *cancel, int samplesPerEntity)
{
    for (const QString &key : m_scope.withoutConsent())
        result.users.append({key, QStringLiteral("excluded"), QString(), QStringLiteral("no_migration_consent"),
                             QCoreApplication::translate("MigrationDryRun", "The user did not consent to the migration.")});
    for (const QString &entity : m_plan.entities) {
        MigrationEntityCounts &c = result.counts[entity];
        int samples = 0;
        DbError lookup;
        DbError e = m_scope.forEachBatch(entity, {}, m_plan.batchSize, [&](const QList<MigrationScopeReader::ScopedRecord> &batch) {
            if (cancel && cancel->load())
                return false;
            QSet<QString> existing;
            if (m_target && m_targetAdapter && TargetRecordKeys::applies(entity)) {
                auto found = TargetRecordKeys::existing(*m_target, *m_targetAdapter, entity, m_planner.existingTargetUsers(batch));
                if (!found) {
                    lookup = found.error();
                    return false;
                }
                existing = *found;
            }
            m_planner.setExistingOnTarget(existing, TargetRecordKeys::applies(entity));
            for (const auto &source : batch) {
                const PlannedRecord r = m_planner.plan(entity, source);
                count(c, r);
                if (r.action == PlannedRecord::Action::Quarantine || r.action == PlannedRecord::Action::Drop) {
                    if (r.reasonCode.startsWith(QLatin1String("unmapped_")))
                        ++result.unmapped[r.reasonCode];
                }
                if (entity == QLatin1String("user")) {
                    QString outcome = QStringLiteral("created");
                    QString key = r.targetKey;
                    if (r.action == PlannedRecord::Action::Link)
                        outcome = TargetLedger::outcomeName(r.outcome);
                    else if (r.action != PlannedRecord::Action::Insert)
                        outcome = QStringLiteral("quarantined");
                    else if (key.isEmpty())
                        key = QStringLiteral("new:") + r.sourceKey; // the target generates the key
                    if (r.action == PlannedRecord::Action::Insert || r.action == PlannedRecord::Action::Link)
                        m_planner.addUserKey(r.sourceKey, key, r.action == PlannedRecord::Action::Insert);
                    result.users.append({r.sourceKey, outcome, key, r.reasonCode, r.reason});
                }
                if (r.action == PlannedRecord::Action::Insert && samples < samplesPerEntity) {
                    result.samples.append({entity, r.source.toVariantMap(), r.record.toVariantMap()});
                    ++samples;
                }
            }
            if (progress)
                progress({QStringLiteral("dry-run"), entity, c.source, 0, 0, -1});
            return true;
        });
        if (e.isError())
            return e;
        if (lookup.isError())
            return lookup;
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return {};
        }
    }
    return {};
}
