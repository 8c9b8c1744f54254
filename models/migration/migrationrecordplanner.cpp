#include "migration/migrationrecordplanner.h"

#include "migration/transformreason.h"

MigrationRecordPlanner::MigrationRecordPlanner(const MigrationPlan &plan, const MigrationTargetIndex &index,
                                               const QUuid &runId)
    : m_plan(plan), m_index(index), m_runId(runId)
{
    for (const auto &[source, target] : m_index.itemMap().asKeyValueRange())
        m_itemKeys.emplace(source.toStdString(), target.toStdString());
    TransformContext context;
    context.translateKey = [this](const QString &entity, std::string_view key) -> std::optional<std::string> {
        const KeyMap &map = entity == QLatin1String("item") ? m_itemKeys : m_userKeys;
        const auto it = map.find(key);
        return it == map.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    context.assignKey = [this](const QString &entity, const CanonicalRecord &source) -> std::optional<std::string> {
        const OwnKey &own = ownKey(source.entity());
        if (!own.assigned)
            return std::nullopt;
        return MigrationTargetIndex::assignedKey(m_runId, entity, source.at(own.index).toQString()).toStdString();
    };
    context.targetItemDuration = [this](std::string_view key) {
        return m_index.targetDuration(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
    };
    m_transformer = std::make_unique<RecordTransformer>(m_plan, context);
}

const MigrationRecordPlanner::OwnKey &MigrationRecordPlanner::ownKey(const CanonicalEntity *entity) const
{
    const auto it = m_ownKeys.find(entity);
    if (it != m_ownKeys.end())
        return it->second;
    OwnKey k;
    if (entity) {
        k.index = entity->indexOf(entity->name + QStringLiteral("_key"));
        k.assigned = k.index >= 0 && m_index.writerSuppliesKey(entity->name);
    }
    return m_ownKeys.emplace(entity, k).first->second;
}

QStringList MigrationRecordPlanner::usersToLearn(const QStringList &sourceUserKeys) const
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &key : sourceUserKeys)
        if (!key.isEmpty() && !m_askedUsers.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            out.append(key);
        }
    return out;
}

void MigrationRecordPlanner::learnUserKeys(const QStringList &asked, const QMap<QString, QString> &found)
{
    for (const QString &key : asked)
        m_askedUsers.insert(key);
    for (auto it = found.constBegin(); it != found.constEnd(); ++it)
        m_userKeys.insert_or_assign(it.key().toStdString(), it.value().toStdString());
}

void MigrationRecordPlanner::addUserKey(const QString &source, const QString &target)
{
    m_userKeys.insert_or_assign(source.toStdString(), target.toStdString());
}

PlannedRecord MigrationRecordPlanner::transformed(const MigrationScopeReader::ScopedRecord &source) const
{
    PlannedRecord r;
    r.sourceKey = source.sourceKey;
    TransformOutcome t = m_transformer->transform(source.record);
    if (t.kind != TransformOutcome::Kind::Record || m_keepSources)
        r.source = source.record;
    switch (t.kind) {
    case TransformOutcome::Kind::Record: {
        r.action = PlannedRecord::Action::Insert;
        const OwnKey &own = ownKey(t.record.entity());
        if (own.index >= 0 && !t.record.at(own.index).isNull())
            r.targetKey = t.record.at(own.index).toQString(); // assigned keys only
        r.record = std::move(t.record);
        break;
    }
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
    return entity == QLatin1String("user") ? planUser(source) : transformed(source);
}

PlannedRecord MigrationRecordPlanner::planUser(const MigrationScopeReader::ScopedRecord &source) const
{
    const UserMatcher::Decision d = m_index.users().match(source.record.toVariantMap(), m_plan.conflictPolicy);
    PlannedRecord r;
    r.sourceKey = source.sourceKey;
    r.source = source.record;
    switch (d.kind) {
    case UserMatcher::Decision::Kind::Created:
        return transformed(source);
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
