#include "migration/migrationrecordplanner.h"

#include "migration/targetrecordkeys.h"
#include "migration/transformreason.h"

MigrationRecordPlanner::MigrationRecordPlanner(const MigrationPlan &plan, const MigrationTargetIndex &index,
                                               const QUuid &runId)
    : m_plan(plan), m_index(index), m_runId(runId)
{
    for (const auto &[source, target] : m_index.itemMap().asKeyValueRange())
        m_itemKeys.emplace(source.toStdString(), target.toStdString());
    TransformContext context;
    context.translateKey = [this](const QString &entity, std::string_view key) -> std::optional<std::string> {
        if (entity == QLatin1String("item")) {
            const auto it = m_itemKeys.find(key);
            return it == m_itemKeys.end() ? std::nullopt : std::optional<std::string>(it->second);
        }
        const auto it = m_users.find(key);
        return it == m_users.end() || it->second.target.empty() ? std::nullopt : std::optional<std::string>(it->second.target);
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
        if (!key.isEmpty() && !seen.contains(key) && m_users.find(key.toStdString()) == m_users.end()) {
            seen.insert(key);
            out.append(key);
        }
    return out;
}

void MigrationRecordPlanner::learnUserKeys(const QStringList &asked, const QMap<QString, QString> &found)
{
    for (const QString &key : asked) {
        User &u = m_users[key.toStdString()];
        u.target = found.value(key).toStdString(); // empty: the target has no such user
    }
}

void MigrationRecordPlanner::addUserKey(const QString &source, const QString &target, bool created)
{
    m_users.insert_or_assign(source.toStdString(), User{target.toStdString(), created});
}

void MigrationRecordPlanner::markCreatedUsers(const QStringList &sourceUserKeys)
{
    for (const QString &key : sourceUserKeys)
        if (const auto it = m_users.find(key.toStdString()); it != m_users.end())
            it->second.created = true;
}

QStringList MigrationRecordPlanner::existingTargetUsers(const QList<MigrationScopeReader::ScopedRecord> &records) const
{
    QStringList out;
    StringSet seen;
    for (const auto &r : records) {
        const CanonicalValue &user = r.record.value(QStringLiteral("user_key"));
        if (user.isNull())
            continue;
        const std::string source = user.kind == CanonicalValue::Kind::Text ? user.text : user.toQString().toStdString();
        if (!seen.insert(source).second)
            continue;
        const auto it = m_users.find(source);
        if (it != m_users.end() && !it->second.created && !it->second.target.empty())
            out.append(QString::fromStdString(it->second.target));
    }
    return out;
}

PlannedRecord MigrationRecordPlanner::transformed(MigrationScopeReader::ScopedRecord &&source)
{
    PlannedRecord r;
    r.sourceKey = source.sourceKey;
    TransformOutcome t = m_transformer->transform(source.record);
    r.source = std::move(source.record); // kept for every outcome: quarantine, drop, a refused insert
    switch (t.kind) {
    case TransformOutcome::Kind::Record: {
        if (m_linkComposite) {
            const QString key = TargetRecordKeys::compositeKey(t.record);
            if (m_existingOnTarget.contains(key)) {
                // The person's own record on the target (or an earlier record of this batch with
                // the same key, e.g. of her other account merged into the same person) stands for
                // this one: link and merge.
                r.action = PlannedRecord::Action::Link;
                r.outcome = TargetLedger::Outcome::Merged;
                r.targetKey = key;
                r.reason = TransformReason::text(QStringLiteral("exists_on_target"), QString(), key);
                return r;
            }
            m_existingOnTarget.insert(key);
        }
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

PlannedRecord MigrationRecordPlanner::plan(const QString &entity, MigrationScopeReader::ScopedRecord source)
{
    if (const auto it = m_already.constFind(source.sourceKey); it != m_already.cend()) {
        PlannedRecord r;
        r.action = PlannedRecord::Action::Link;
        r.outcome = TargetLedger::Outcome::Skipped;
        r.sourceKey = source.sourceKey;
        r.source = std::move(source.record);
        r.targetKey = *it;
        return r;
    }
    return entity == QLatin1String("user") ? planUser(std::move(source)) : transformed(std::move(source));
}

PlannedRecord MigrationRecordPlanner::planUser(MigrationScopeReader::ScopedRecord &&source)
{
    const UserMatcher::Decision d = m_index.users().match(source.record.toVariantMap(), m_plan.conflictPolicy);
    if (d.kind == UserMatcher::Decision::Kind::Created)
        return transformed(std::move(source));
    PlannedRecord r;
    r.sourceKey = source.sourceKey;
    r.source = std::move(source.record);
    switch (d.kind) {
    case UserMatcher::Decision::Kind::Created:
        break;
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
