#include "migration/migrationrecordplanner.h"

#include "migration/transformreason.h"

MigrationRecordPlanner::MigrationRecordPlanner(const MigrationPlan &plan, const MigrationTargetIndex &index,
                                               const QUuid &runId)
    : m_plan(plan), m_index(index), m_runId(runId)
{
    TransformContext context;
    context.translateKey = [this](const QString &entity, const QString &key) -> std::optional<QString> {
        if (entity == QLatin1String("item"))
            return m_index.targetItem(key);
        const auto it = m_userKeys.constFind(key);
        return it == m_userKeys.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    context.assignKey = [this](const QString &entity, const QVariantMap &source) -> std::optional<QString> {
        if (!m_index.writerSuppliesKey(entity))
            return std::nullopt;
        return MigrationTargetIndex::assignedKey(m_runId, entity, source.value(entity + QStringLiteral("_key")).toString());
    };
    context.targetItemDuration = [this](const QString &key) { return m_index.targetDuration(key); };
    m_transformer = std::make_unique<RecordTransformer>(m_plan, context);
}

PlannedRecord MigrationRecordPlanner::transformed(const QString &entity,
                                                  const MigrationScopeReader::ScopedRecord &source) const
{
    PlannedRecord r;
    r.sourceKey = source.sourceKey;
    r.source = source.record;
    const TransformOutcome t = m_transformer->transform(entity, source.record);
    switch (t.kind) {
    case TransformOutcome::Kind::Record:
        r.action = PlannedRecord::Action::Insert;
        r.record = t.record;
        r.targetKey = t.record.value(entity + QStringLiteral("_key")).toString(); // assigned keys only
        break;
    case TransformOutcome::Kind::Quarantine:
    case TransformOutcome::Kind::Drop:
        r.action = t.kind == TransformOutcome::Kind::Drop ? PlannedRecord::Action::Drop : PlannedRecord::Action::Quarantine;
        r.reasonCode = t.reasonCode;
        r.reason = t.reason;
        break;
    }
    return r;
}

PlannedRecord MigrationRecordPlanner::plan(const QString &entity, const MigrationScopeReader::ScopedRecord &source) const
{
    if (const auto it = m_already.constFind(source.sourceKey); it != m_already.cend()) {
        PlannedRecord r;
        r.action = PlannedRecord::Action::Link;
        r.outcome = TargetLedger::Outcome::Skipped;
        r.sourceKey = source.sourceKey;
        r.source = source.record;
        r.targetKey = *it;
        return r;
    }
    return entity == QLatin1String("user") ? planUser(source) : transformed(entity, source);
}

PlannedRecord MigrationRecordPlanner::planUser(const MigrationScopeReader::ScopedRecord &source) const
{
    const UserMatcher::Decision d = m_index.users().match(source.record, m_plan.conflictPolicy);
    PlannedRecord r;
    r.sourceKey = source.sourceKey;
    r.source = source.record;
    switch (d.kind) {
    case UserMatcher::Decision::Kind::Created:
        return transformed(QStringLiteral("user"), source);
    case UserMatcher::Decision::Kind::Merged:
    case UserMatcher::Decision::Kind::Skipped:
        r.action = PlannedRecord::Action::Link;
        r.outcome = d.kind == UserMatcher::Decision::Kind::Merged ? TargetLedger::Outcome::Merged : TargetLedger::Outcome::Skipped;
        r.targetKey = d.targetKey;
        r.reason = d.evidence.join(QStringLiteral(", "));
        return r;
    case UserMatcher::Decision::Kind::Conflict:
    case UserMatcher::Decision::Kind::Failed:
        r.action = PlannedRecord::Action::Quarantine;
        r.reasonCode = d.reasonCode;
        r.reason = d.reason;
        return r;
    }
    return r;
}
