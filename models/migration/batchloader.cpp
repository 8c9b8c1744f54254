#include "migration/batchloader.h"

#include "migration/migrationvalidator.h"
#include "migration/targetrecordkeys.h"

#include "migration/migrationscopereader.h"
#include "platform/canonicalschema.h"
#include "platform/entitybulkwriter.h"
#include "platform/entitywriter.h"

#include "backup/backupcrypto.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <optional>


BatchLoader::BatchLoader(PgSession &session, const Adapter &target, const MigrationPlan &plan, const QUuid &runId)
    : m_session(session), m_target(target), m_plan(plan), m_runId(runId)
{
}

DbError BatchLoader::insert(const PlannedRecord &r, bool savepoint, QString &targetKey)
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
        targetKey = QString::fromStdString(*rows->rows.front().front());
    else if (targetKey.isEmpty())
        targetKey = TargetRecordKeys::compositeKey(r.record);
    if (savepoint)
        if (auto s = m_session.exec("RELEASE SAVEPOINT \"zq_record\""); !s)
            return s.error();
    return {};
}

DbError BatchLoader::insertBulk(const QString &entity, const QList<PlannedRecord> &records, std::vector<QString> &targetKeys)
{
    // Records with the same fields go together (absent fields take the column default).
    std::map<std::uint64_t, std::vector<qsizetype>> groups;
    for (qsizetype i = 0; i < records.size(); ++i)
        if (records[i].action == PlannedRecord::Action::Insert)
            groups[records[i].record.presenceMask()].push_back(i);
    if (groups.empty())
        return {};
    if (auto s = m_session.exec("SAVEPOINT \"zq_bulk\""); !s)
        return s.error();
    EntityBulkWriter writer(m_session, m_target, entity);
    for (const auto &[fields, group] : groups) {
        std::vector<const CanonicalRecord *> maps;
        maps.reserve(group.size());
        for (const qsizetype i : group)
            maps.push_back(&records[i].record);
        std::vector<QString> keys;
        if (DbError e = writer.insert(maps, keys); e.isError()) {
            if (e.kind != DbError::Kind::ConnectionLost && e.kind != DbError::Kind::Cancelled)
                if (auto s = m_session.exec("ROLLBACK TO SAVEPOINT \"zq_bulk\""); !s)
                    return s.error();
            return e;
        }
        for (std::size_t k = 0; k < group.size(); ++k) {
            QString &key = targetKeys[std::size_t(group[k])];
            if (!keys[k].isEmpty())
                key = keys[k];
            else if (key.isEmpty())
                key = TargetRecordKeys::compositeKey(records[group[k]].record);
        }
    }
    if (auto s = m_session.exec("RELEASE SAVEPOINT \"zq_bulk\""); !s)
        return s.error();
    return {};
}

void BatchLoader::digest(const Adapter &target, const QString &entity, QList<PlannedRecord> &records)
{
    // The validator's convention: only fields the target both writes and reads back.
    const CanonicalHash::Encoder encoder = MigrationValidator::recordEncoder(target, entity);
    for (PlannedRecord &r : records) {
        switch (r.action) {
        case PlannedRecord::Action::Insert: r.sha = encoder.sha256(r.record); break;
        case PlannedRecord::Action::Link: r.sha = encoder.sha256(r.source); break;
        case PlannedRecord::Action::Quarantine:
        case PlannedRecord::Action::Drop: r.sourceJson = QByteArray::fromStdString(r.source.toJson()); break;
        }
    }
}

BatchLoader::Outcome BatchLoader::load(const QString &entity, int batchNo, const QList<PlannedRecord> &records)
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
    std::optional<CanonicalHash::Encoder> encoder; // only for records not digested ahead
    // What this attempt learns, kept apart from the plan: the target keys the inserts return and
    // the records the target refused (quarantined as load_failed).
    std::vector<QString> targetKeys(std::size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        targetKeys[std::size_t(i)] = records[i].targetKey;
    std::vector<QString> refused(std::size_t(records.size()));
    // Set-based first; when the target refuses something, record by record, so the refused
    // record is named (quarantined under continue_and_quarantine, the error otherwise).
    bool bulkWritten = false;
    if (m_bulk) {
        const DbError bulk = insertBulk(entity, records, targetKeys);
        if (bulk.kind == DbError::Kind::ConnectionLost || bulk.kind == DbError::Kind::Cancelled) {
            m_session.rollback();
            out.error = bulk;
            return out;
        }
        bulkWritten = !bulk.isError();
        out.bulkFallback = bulk.isError();
        if (bulk.isError())
            for (qsizetype i = 0; i < records.size(); ++i)
                targetKeys[std::size_t(i)] = records[i].targetKey; // the rolled-back keys are gone
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        const PlannedRecord &r = records[i];
        PlannedRecord::Action action = r.action;
        QString &targetKey = targetKeys[std::size_t(i)];
        if (action == PlannedRecord::Action::Insert && !bulkWritten) {
            DbError e = insert(r, perRecord, targetKey);
            if (e.isError()) {
                const bool recordLevel = perRecord && e.kind == DbError::Kind::Query;
                if (!recordLevel) {
                    m_session.rollback();
                    out.error = e;
                    return out;
                }
                action = PlannedRecord::Action::Quarantine;
                refused[std::size_t(i)] = e.serverText.isEmpty() ? e.message : e.serverText;
            }
        }
        switch (action) {
        case PlannedRecord::Action::Insert:
        case PlannedRecord::Action::Link: {
            const TargetLedger::Outcome outcome = action == PlannedRecord::Action::Insert ? TargetLedger::Outcome::Created : r.outcome;
            QByteArray sha = r.sha;
            if (sha.isEmpty()) {
                if (!encoder)
                    encoder.emplace(MigrationValidator::recordEncoder(m_target, entity));
                sha = encoder->sha256(action == PlannedRecord::Action::Insert ? r.record : r.source);
            }
            batchHash.add(sha);
            batch.entries.push_back({r.sourceKey, targetKey, outcome, sha});
            if (outcome == TargetLedger::Outcome::Created)
                ++out.counts.created;
            else if (outcome == TargetLedger::Outcome::Merged)
                ++out.counts.merged;
            else
                ++out.counts.skipped;
            if (entity == QLatin1String("user") && outcome != TargetLedger::Outcome::Skipped && !targetKey.isEmpty()) {
                QJsonObject payload{{QStringLiteral("run_id"), m_runId.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("outcome"), TargetLedger::outcomeName(outcome)},
                                    {QStringLiteral("source_platform"), m_plan.source},
                                    {QStringLiteral("entities"), QJsonArray::fromStringList(m_plan.entities)}};
                batch.notifications.push_back({targetKey, QJsonDocument(payload).toJson(QJsonDocument::Compact)});
            }
            break;
        }
        case PlannedRecord::Action::Quarantine:
        case PlannedRecord::Action::Drop: {
            const bool drop = action == PlannedRecord::Action::Drop;
            const bool loadFailed = !refused[std::size_t(i)].isEmpty();
            const QString code = loadFailed ? QStringLiteral("load_failed") : r.reasonCode;
            const QByteArray json = r.sourceJson.isEmpty() ? QByteArray::fromStdString(r.source.toJson()) : r.sourceJson;
            batch.quarantined.push_back({r.sourceKey, drop ? dropCode(code) : code, loadFailed ? refused[std::size_t(i)] : r.reason,
                                         json});
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
