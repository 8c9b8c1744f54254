#include "migration/batchloader.h"

#include "migration/migrationvalidator.h"

#include "migration/migrationscopereader.h"
#include "platform/canonicalschema.h"
#include "platform/entitybulkwriter.h"
#include "platform/entitywriter.h"

#include "backup/backupcrypto.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace {
// A composite key (progress, consent) as the ledger stores it: the target record's key fields.
QString compositeKey(const QString &entity, const CanonicalRecord &record)
{
    QStringList parts;
    for (const QString &f : CanonicalSchema::entity(entity)->keyFields)
        parts.append(record.value(f).isNull() ? QString() : record.value(f).toQString());
    return MigrationScopeReader::joinKey(parts);
}
} // namespace

BatchLoader::BatchLoader(PgSession &session, const Adapter &target, const MigrationPlan &plan, const QUuid &runId)
    : m_session(session), m_target(target), m_plan(plan), m_runId(runId)
{
}

DbError BatchLoader::insert(const QString &entity, PlannedRecord &r, bool savepoint)
{
    auto statement = EntityWriter::insertStatement(m_target, r.record);
    if (!statement)
        return statement.error();
    if (savepoint)
        if (auto s = m_session.exec("SAVEPOINT \"zq_record\""); !s)
            return s.error();
    auto rows = m_session.execParams(statement->sql, statement->params);
    if (!rows) {
        if (savepoint && rows.error().kind != DbError::Kind::ConnectionLost && rows.error().kind != DbError::Kind::Cancelled)
            if (auto s = m_session.exec("ROLLBACK TO SAVEPOINT \"zq_record\""); !s)
                return s.error();
        return rows.error();
    }
    if (!rows->rows.empty() && !rows->rows.front().empty() && rows->rows.front().front())
        r.targetKey = QString::fromStdString(*rows->rows.front().front());
    else if (r.targetKey.isEmpty())
        r.targetKey = compositeKey(entity, r.record);
    if (savepoint)
        if (auto s = m_session.exec("RELEASE SAVEPOINT \"zq_record\""); !s)
            return s.error();
    return {};
}

DbError BatchLoader::insertBulk(const QString &entity, QList<PlannedRecord> &records)
{
    // Records with the same fields go together (absent fields take the column default).
    std::map<std::uint64_t, std::vector<PlannedRecord *>> groups;
    for (PlannedRecord &r : records)
        if (r.action == PlannedRecord::Action::Insert)
            groups[r.record.presenceMask()].push_back(&r);
    if (groups.empty())
        return {};
    if (auto s = m_session.exec("SAVEPOINT \"zq_bulk\""); !s)
        return s.error();
    EntityBulkWriter writer(m_session, m_target, entity);
    for (const auto &[fields, group] : groups) {
        std::vector<const CanonicalRecord *> maps;
        maps.reserve(group.size());
        for (const PlannedRecord *r : group)
            maps.push_back(&r->record);
        std::vector<QString> keys;
        if (DbError e = writer.insert(maps, keys); e.isError()) {
            if (e.kind != DbError::Kind::ConnectionLost && e.kind != DbError::Kind::Cancelled)
                if (auto s = m_session.exec("ROLLBACK TO SAVEPOINT \"zq_bulk\""); !s)
                    return s.error();
            return e;
        }
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (!keys[i].isEmpty())
                group[i]->targetKey = keys[i];
            else if (group[i]->targetKey.isEmpty())
                group[i]->targetKey = compositeKey(entity, group[i]->record);
        }
    }
    if (auto s = m_session.exec("RELEASE SAVEPOINT \"zq_bulk\""); !s)
        return s.error();
    return {};
}

BatchLoader::Outcome BatchLoader::load(const QString &entity, int batchNo, QList<PlannedRecord> &records)
{
    Outcome out;
    const bool perRecord = m_plan.errorPolicy == ErrorPolicy::ContinueAndQuarantine;
    if (DbError e = m_session.begin(); e.isError()) {
        out.error = e;
        return out;
    }
    TargetLedger::Batch batch;
    batch.entity = entity;
    batch.batchNo = batchNo;
    batch.firstSourceKey = records.isEmpty() ? QString() : records.first().sourceKey;
    batch.lastSourceKey = records.isEmpty() ? QString() : records.last().sourceKey;
    BackupCrypto::Sha256 batchHash;
    // The validator's convention: only fields the target both writes and reads back.
    const CanonicalHash::Encoder digest = MigrationValidator::recordEncoder(m_target, entity);
    // Set-based first; when the target refuses something, record by record, so the refused
    // record is named (quarantined under continue_and_quarantine, the error otherwise).
    bool bulkWritten = false;
    if (m_bulk) {
        const DbError bulk = insertBulk(entity, records);
        if (bulk.kind == DbError::Kind::ConnectionLost || bulk.kind == DbError::Kind::Cancelled) {
            m_session.rollback();
            out.error = bulk;
            return out;
        }
        bulkWritten = !bulk.isError();
        out.bulkFallback = bulk.isError();
    }
    for (PlannedRecord &r : records) {
        if (r.action == PlannedRecord::Action::Insert && !bulkWritten) {
            DbError e = insert(entity, r, perRecord);
            if (e.isError()) {
                const bool recordLevel = perRecord && e.kind == DbError::Kind::Query;
                if (!recordLevel) {
                    m_session.rollback();
                    out.error = e;
                    return out;
                }
                r.action = PlannedRecord::Action::Quarantine;
                r.reasonCode = QStringLiteral("load_failed");
                r.reason = e.serverText.isEmpty() ? e.message : e.serverText;
            }
        }
        switch (r.action) {
        case PlannedRecord::Action::Insert:
        case PlannedRecord::Action::Link: {
            const TargetLedger::Outcome outcome =
                r.action == PlannedRecord::Action::Insert ? TargetLedger::Outcome::Created : r.outcome;
            const QByteArray sha = digest.sha256(r.action == PlannedRecord::Action::Insert ? r.record : r.source);
            batchHash.add(sha);
            batch.entries.push_back({r.sourceKey, r.targetKey, outcome, sha});
            if (outcome == TargetLedger::Outcome::Created)
                ++out.counts.created;
            else if (outcome == TargetLedger::Outcome::Merged)
                ++out.counts.merged;
            else
                ++out.counts.skipped;
            if (entity == QLatin1String("user") && outcome != TargetLedger::Outcome::Skipped && !r.targetKey.isEmpty()) {
                QJsonObject payload{{QStringLiteral("run_id"), m_runId.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("outcome"), TargetLedger::outcomeName(outcome)},
                                    {QStringLiteral("source_platform"), m_plan.source},
                                    {QStringLiteral("entities"), QJsonArray::fromStringList(m_plan.entities)}};
                batch.notifications.push_back({r.targetKey, QJsonDocument(payload).toJson(QJsonDocument::Compact)});
            }
            break;
        }
        case PlannedRecord::Action::Quarantine:
        case PlannedRecord::Action::Drop: {
            const bool drop = r.action == PlannedRecord::Action::Drop;
            batch.quarantined.push_back({r.sourceKey, drop ? dropCode(r.reasonCode) : r.reasonCode, r.reason,
                                         QByteArray::fromStdString(r.source.toJson())});
            ++(drop ? out.dropped : out.quarantined);
            break;
        }
        }
    }
    batch.batchSha256 = batchHash.result();
    if (DbError e = TargetLedger::recordBatch(m_session, m_runId, batch); e.isError()) {
        m_session.rollback();
        out.error = e;
        return out;
    }
    const Fault fault = m_fault ? m_fault(entity, batchNo) : Fault::None;
    if (fault == Fault::LoseCommit) {
        m_session.rollback();
        out.kind = Outcome::Kind::InDoubt;
        return out;
    }
    if (m_point)
        m_point(entity, batchNo, Point::BeforeCommit);
    const PgSession::CommitResult c = m_session.commit();
    if (m_point && c.committed())
        m_point(entity, batchNo, Point::AfterCommit);
    if (fault == Fault::LoseCommitAck && c.committed()) {
        out.kind = Outcome::Kind::InDoubt;
        return out;
    }
    out.kind = c.committed() ? Outcome::Kind::Committed : c.inDoubt() ? Outcome::Kind::InDoubt : Outcome::Kind::Failed;
    out.error = c.error;
    return out;
}
