#include "migration/migrationrunner.h"

#include "db/pgconnection.h"
#include "db/pgsession.h"
#include "migration/batchloader.h"
#include "migration/migrationaccounting.h"
#include "migration/migrationdryrun.h"
#include "migration/migrationrecordplanner.h"
#include "migration/migrationscopereader.h"
#include "migration/migrationtargetindex.h"
#include "migration/targetledger.h"
#include "migration/targetsequences.h"
#include "migration/workspace.h"
#include "platform/adapterloader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

struct MigrationRunner::Context
{
    std::shared_ptr<pqxx::connection> sourceConn, targetConn;
    std::optional<Adapter> source, target;
    std::unique_ptr<MigrationTargetIndex> index;
    std::unique_ptr<MigrationScopeReader> scope;
    std::unique_ptr<MigrationRecordPlanner> planner;
    std::unique_ptr<PgSession> targetSession, workspace;
    QUuid runId;
    QString sourceDescription, targetDescription;
};

namespace {
DbError failure(const QString &message, const QString &detail = QString())
{
    DbError e;
    e.kind = DbError::Kind::Other;
    e.message = message;
    e.serverText = detail;
    return e;
}

QString describe(const ConnectionProfile &profile, const Adapter &adapter)
{
    // Stable across runs: what the data is, not which saved profile name points at it.
    return adapter.platform + QLatin1Char('@') + profile.address();
}
} // namespace

MigrationRunner::MigrationRunner(MigrationRunSettings settings) : m_settings(std::move(settings)) {}
MigrationRunner::~MigrationRunner() = default;

bool MigrationRunner::cancelled() const
{
    return m_cancel.load() || (m_externalCancel && m_externalCancel->load());
}

void MigrationRunner::cancel()
{
    m_cancel.store(true);
    std::lock_guard<std::mutex> lock(m_sessionMutex);
    if (m_activeSession)
        m_activeSession->cancel();
}

void MigrationRunner::setSession(PgSession *s)
{
    std::lock_guard<std::mutex> lock(m_sessionMutex);
    m_activeSession = s;
}

void MigrationRunner::report(const MigrationProgress &p) const
{
    if (m_progress)
        m_progress(p);
}

DbError MigrationRunner::prepare(Context &c)
{
    report({QStringLiteral("prepare"), {}, 0, 0, 0, -1});
    auto src = PgConnection::open(m_settings.source, m_settings.sourcePassword);
    if (!src)
        return src.error();
    auto tgt = PgConnection::open(m_settings.target, m_settings.targetPassword);
    if (!tgt)
        return tgt.error();
    c.sourceConn = *src;
    c.targetConn = *tgt;
    AdapterLoadResult s = AdapterLoader::load(m_settings.source.adapterPath, *c.sourceConn);
    if (!s.ok())
        return failure(tr("The source adapter does not fit the source database."), s.problemsText());
    AdapterLoadResult t = AdapterLoader::load(m_settings.target.adapterPath, *c.targetConn);
    if (!t.ok())
        return failure(tr("The target adapter does not fit the target database."), t.problemsText());
    c.source = *s.adapter;
    c.target = *t.adapter;
    for (const QString &entity : m_settings.plan.entities) {
        if (!c.source->entity(entity))
            return failure(tr("The source platform has no entity \"%1\".").arg(entity));
        const AdapterEntity *e = c.target->entity(entity);
        if (!e || !e->hasWrite)
            return failure(tr("The target platform cannot write entity \"%1\".").arg(entity));
    }
    c.sourceDescription = describe(m_settings.source, *c.source);
    c.targetDescription = describe(m_settings.target, *c.target);
    c.runId = m_settings.runId.isNull() ? QUuid::createUuid() : m_settings.runId;
    c.index = std::make_unique<MigrationTargetIndex>(m_settings.plan, *c.source, *c.target);
    if (DbError e = c.index->build(*c.sourceConn, *c.targetConn); e.isError())
        return e;
    c.scope = std::make_unique<MigrationScopeReader>(*c.sourceConn, *c.source, m_settings.plan);
    if (DbError e = c.scope->loadScope(); e.isError())
        return e;
    c.planner = std::make_unique<MigrationRecordPlanner>(m_settings.plan, *c.index, c.runId);
    return {};
}

MigrationRunResult MigrationRunner::run(const std::atomic<bool> *cancel)
{
    m_externalCancel = cancel;
    MigrationRunResult result;
    result.dryRun = m_settings.dryRun;
    result.planFingerprint = m_settings.plan.fingerprint();
    Context c;
    DbError e = prepare(c);
    result.runId = m_settings.dryRun ? QUuid() : c.runId;
    if (!e.isError()) {
        if (m_settings.dryRun) {
            MigrationDryRun dry(m_settings.plan, *c.scope, *c.planner);
            e = dry.run(result, m_progress, cancel, m_settings.samplesPerEntity);
            result.cancelled = result.cancelled || cancelled();
            result.status = result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("dry-run");
        } else {
            e = realRun(c, result);
        }
    }
    if (e.isError()) {
        result.ok = false;
        if (e.kind == DbError::Kind::Cancelled || cancelled()) {
            result.cancelled = true;
            result.status = QStringLiteral("cancelled");
        } else if (result.status.isEmpty() || result.status == QLatin1String("running")) {
            result.status = QStringLiteral("failed");
        }
        result.error = e.serverText.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.serverText;
    } else {
        result.ok = !result.cancelled && result.status != QLatin1String("failed");
    }
    if (!m_settings.dryRun && c.targetSession && c.workspace) {
        TargetLedger::updateRunStatus(*c.targetSession, c.runId, result.status, result.status != QLatin1String("cancelled"));
        Workspace::RunUpdate u;
        u.status = result.status;
        u.phase = result.status;
        u.finished = result.status == QLatin1String("done");
        u.ledgerSummaryJson = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
        Workspace::updateRun(*c.workspace, c.runId, u);
        if (!result.error.isEmpty())
            Workspace::appendLog(*c.workspace, c.runId, QStringLiteral("error"), result.error);
    }
    report({result.status, {}, 0, 0, 0, -1});
    return result;
}

QFuture<MigrationRunResult> startRun(std::shared_ptr<MigrationRunner> runner)
{
    return QtConcurrent::run([runner] { return runner->run(); });
}

DbError MigrationRunner::realRun(Context &c, MigrationRunResult &result)
{
    const MigrationPlan &plan = m_settings.plan;
    if (!m_settings.backup)
        return failure(tr("A migration run needs a backup file and its passphrase or key file."));
    auto session = PgSession::open(m_settings.target, m_settings.targetPassword);
    if (!session)
        return session.error();
    c.targetSession = std::move(*session);
    if (DbError e = TargetLedger::ensureSchema(*c.targetSession); e.isError())
        return e;
    auto ws = Workspace::connect();
    if (!ws)
        return failure(tr("The workspace database (%1) is unreachable, so the run cannot be recorded. Set %2 or start the local PostgreSQL.")
                           .arg(Workspace::location().describe(), QString::fromLatin1(Workspace::kEnvVariable)),
                       ws.error().message + QLatin1Char(' ') + ws.error().serverText);
    const TargetLedger::Run ledgerRun{c.runId, result.planFingerprint, c.sourceDescription, c.targetDescription,
                                      QStringLiteral("running"), QDateTime::currentDateTimeUtc(), {}};
    if (DbError e = TargetLedger::recordRun(*c.targetSession, ledgerRun); e.isError()) {
        result.status = QStringLiteral("refused"); // the existing run's records stay as they are
        return e;
    }
    c.workspace = std::move(*ws);
    auto existing = Workspace::getRun(*c.workspace, c.runId);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        Workspace::Run w;
        w.runId = c.runId;
        w.planJson = plan.toJsonText();
        w.planFingerprint = result.planFingerprint;
        w.source = c.sourceDescription;
        w.target = c.targetDescription;
        w.status = QStringLiteral("running");
        w.phase = QStringLiteral("prepare");
        if (auto created = Workspace::createRun(*c.workspace, w); !created)
            return created.error();
    } else {
        result.backupSha256 = (*existing)->backupSha256;
        Workspace::RunUpdate u;
        u.status = QStringLiteral("running");
        Workspace::updateRun(*c.workspace, c.runId, u);
    }
    result.status = QStringLiteral("running");

    // Records in scope per entity: the left side of the balance and the progress total.
    QMap<QString, qint64> sourceCounts;
    QStringList mergedTargetUsers;
    for (const QString &entity : plan.entities) {
        qint64 n = 0;
        DbError e = c.scope->forEachBatch(entity, {}, plan.batchSize, [&](const QList<MigrationScopeReader::ScopedRecord> &b) {
            n += b.size();
            if (entity == QLatin1String("user") && result.backupSha256.isEmpty())
                for (const auto &r : b)
                    if (const PlannedRecord p = c.planner->plan(entity, r);
                        p.action == PlannedRecord::Action::Link && p.outcome == TargetLedger::Outcome::Merged)
                        mergedTargetUsers.append(p.targetKey);
            return true;
        });
        if (e.isError())
            return e;
        sourceCounts.insert(entity, n);
    }

    // The backup comes before the first write; a resumed run keeps the first attempt's backup.
    if (result.backupSha256.isEmpty()) {
        report({QStringLiteral("backup"), {}, 0, 0, 0, -1});
        Workspace::updateRun(*c.workspace, c.runId, Workspace::RunUpdate{{}, QStringLiteral("backup"), {}, {}, {}, {}, false});
        auto sourceSession = PgSession::open(m_settings.source, m_settings.sourcePassword);
        if (!sourceSession)
            return sourceSession.error();
        MigrationBackup backup(plan, *c.source, *c.target);
        auto sha = backup.write(**sourceSession, *c.targetSession, *m_settings.backup, c.runId, c.scope->userKeys(),
                                mergedTargetUsers, m_externalCancel);
        if (!sha)
            return sha.error();
        result.backupSha256 = *sha;
        Workspace::updateRun(*c.workspace, c.runId,
                             Workspace::RunUpdate{{}, {}, {}, {}, m_settings.backup->path, *sha, false});
    }

    Workspace::updateRun(*c.workspace, c.runId, Workspace::RunUpdate{{}, QStringLiteral("load"), {}, {}, {}, {}, false});
    for (const QString &entity : plan.entities) {
        if (DbError e = loadEntity(c, entity, sourceCounts.value(entity), result); e.isError())
            return e;
        if (DbError e = TargetSequences::advance(*c.targetSession, *c.target, entity); e.isError())
            return e;
    }

    report({QStringLiteral("accounting"), {}, 0, 0, 0, -1});
    auto counts = MigrationAccounting::compute(*c.targetSession, c.runId, sourceCounts);
    if (!counts)
        return counts.error();
    for (auto it = counts->begin(); it != counts->end(); ++it)
        it->alreadyMigrated = result.counts.value(it.key()).alreadyMigrated;
    result.counts = *counts;
    if (!result.balanced()) {
        result.status = QStringLiteral("failed");
        return failure(tr("The run does not balance: for some entity the records in scope differ from created + merged + skipped + quarantined + dropped."));
    }
    result.status = QStringLiteral("done");
    return {};
}

DbError MigrationRunner::resolveInDoubt(Context &c, const QString &entity, int batchNo, bool &committed)
{
    setSession(nullptr);
    auto session = PgSession::open(m_settings.target, m_settings.targetPassword);
    if (!session)
        return session.error();
    c.targetSession = std::move(*session);
    auto known = TargetLedger::batchCommitted(*c.targetSession, c.runId, entity, batchNo);
    if (!known)
        return known.error();
    committed = *known;
    return {};
}

DbError MigrationRunner::loadEntity(Context &c, const QString &entity, std::int64_t total, MigrationRunResult &result)
{
    const MigrationPlan &plan = m_settings.plan;
    auto last = TargetLedger::lastCommittedBatch(*c.targetSession, c.runId, entity);
    if (!last)
        return last.error();
    int batchNo = last->has_value() ? (*last)->batchNo + 1 : 1;
    const QStringList after = last->has_value() ? MigrationScopeReader::splitKey((*last)->lastSourceKey) : QStringList();
    MigrationEntityCounts &counts = result.counts[entity];
    std::int64_t done = 0;
    QElapsedTimer timer;
    timer.start();
    DbError err;
    const DbError readError = c.scope->forEachBatch(entity, after, plan.batchSize, [&](const QList<MigrationScopeReader::ScopedRecord> &batch) {
        if (cancelled()) {
            err.kind = DbError::Kind::Cancelled;
            err.message = tr("The run was cancelled; run it again with the same run id to resume.");
            return false;
        }
        QStringList keys, users;
        for (const auto &r : batch) {
            keys.append(r.sourceKey);
            users.append(r.record.value(QStringLiteral("user_key")).toString());
        }
        auto already = TargetLedger::translateKeys(*c.targetSession, c.runId, entity, keys);
        if (!already) {
            err = already.error();
            return false;
        }
        c.planner->setAlreadyMigrated(*already);
        if (entity != QLatin1String("user")) {
            auto userKeys = TargetLedger::translateKeys(*c.targetSession, c.runId, QStringLiteral("user"), users);
            if (!userKeys) {
                err = userKeys.error();
                return false;
            }
            c.planner->setUserKeys(*userKeys);
        }
        QList<PlannedRecord> planned;
        for (const auto &r : batch) {
            planned.append(c.planner->plan(entity, r));
            if (c.planner->alreadyMigrated(r.sourceKey))
                ++counts.alreadyMigrated;
            if (plan.errorPolicy == ErrorPolicy::StopAtFirst && planned.last().action == PlannedRecord::Action::Quarantine) {
                err = failure(tr("Record %1 of %2 cannot be migrated (%3: %4); the plan stops at the first error.")
                                  .arg(r.sourceKey, entity, planned.last().reasonCode, planned.last().reason));
                return false;
            }
        }
        for (int attempt = 0;; ++attempt) {
            QList<PlannedRecord> records = planned; // a redo starts from the plan, not a half-written batch
            BatchLoader loader(*c.targetSession, *c.target, plan, c.runId);
            if (attempt == 0)
                loader.setFaultHook(m_settings.faultHook);
            loader.setPointHook(m_settings.pointHook);
            setSession(c.targetSession.get());
            const BatchLoader::Outcome out = loader.load(entity, batchNo, records);
            setSession(nullptr);
            if (out.kind == BatchLoader::Outcome::Kind::Committed)
                break;
            bool committed = false;
            if (out.kind == BatchLoader::Outcome::Kind::InDoubt && attempt < 3) {
                if (DbError e = resolveInDoubt(c, entity, batchNo, committed); e.isError()) {
                    err = e;
                    return false;
                }
                if (committed)
                    break;
                continue; // the ledger says it rolled back: redo it
            }
            err = out.error;
            return false;
        }
        ++batchNo;
        done += batch.size();
        const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
        const double rate = done / seconds;
        const std::int64_t remaining = std::max<std::int64_t>(0, total - done);
        report({QStringLiteral("load"), entity, done, total, rate, rate > 0 ? int(remaining / rate) : -1});
        return true;
    });
    if (err.isError())
        return err;
    return readError;
}
