#include "migration/migrationrunner.h"

#include "backup/backupkey.h"
#include "core/allocatortuning.h"
#include "db/pgconnection.h"
#include "db/pgsession.h"
#include "migration/batchloader.h"
#include "migration/batchprefetcher.h"
#include "migration/migrationaccounting.h"
#include "migration/migrationdryrun.h"
#include "migration/migrationrecordplanner.h"
#include "migration/migrationrollback.h"
#include "migration/migrationscopereader.h"
#include "migration/migrationtargetindex.h"
#include "migration/targetledger.h"
#include "migration/targetrecordkeys.h"
#include "migration/targetsequences.h"
#include "migration/workspace.h"
#include "platform/adapterloader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>


#include <algorithm>

struct MigrationRunner::Context
{
    std::optional<Adapter> source, target;
    std::unique_ptr<MigrationTargetIndex> index;
    std::unique_ptr<MigrationScopeReader> scope;
    std::unique_ptr<MigrationRecordPlanner> planner;
    std::unique_ptr<PgSession> targetSession, workspace;
    std::unique_ptr<PgSession> sourceReader; // the scope reader's records (libpq)
    std::unique_ptr<PgSession> lookup;       // target: the prefetcher thread's ledger look-ups
    QUuid runId;
    QString sourceDescription, targetDescription;
    QMap<QString, bool> earlierRunsOf; // entity -> another run of the pair recorded some
    bool usersLearnt = false;          // the planner knows this run's users' target keys
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

// Waits before retry n (0-based): long enough for a restarting server or a failover, short
// enough that a run with a flaky network does not stall.
constexpr int kBackoffMs[] = {250, 500, 1000};
static_assert(std::size(kBackoffMs) == MigrationRunner::kRetries);

bool lost(const DbError &e)
{
    return e.kind == DbError::Kind::ConnectionLost;
}

// The server's first line ("server closed the connection unexpectedly"), for one log line.
QString serverWords(const DbError &e)
{
    return (e.serverText.isEmpty() ? e.message : e.serverText).section(QLatin1Char('\n'), 0, 0).trimmed();
}

DbError nameSession(PgSession &s, const QString &name)
{
    auto r = s.execParams("SELECT set_config('application_name', $1, false)", {name.toStdString()});
    return r ? DbError{} : r.error();
}

} // namespace

QString MigrationRunner::applicationName(const QString &role, const QUuid &runId)
{
    return QStringLiteral("zhiqiao-migrate:") + role + QLatin1Char(':') + runId.toString(QUuid::WithoutBraces);
}

DbError MigrationRunner::cancelledError()
{
    DbError e;
    e.kind = DbError::Kind::Cancelled;
    e.message = tr("The run was cancelled; run it again with the same run id to resume.");
    return e;
}

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
    // libpqxx connections for the adapters' catalog checks and the target index only; the run's
    // own reading and writing goes through PgSessions.
    const std::shared_ptr<pqxx::connection> sourceConn = *src, targetConn = *tgt;
    AdapterLoadResult s = AdapterLoader::load(m_settings.source.adapterPath, *sourceConn);
    if (!s.ok())
        return failure(tr("The source adapter does not fit the source database."), s.problemsText());
    AdapterLoadResult t = AdapterLoader::load(m_settings.target.adapterPath, *targetConn);
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
    if (DbError e = c.index->build(*sourceConn, *targetConn); e.isError())
        return e;
    auto reader = PgSession::open(m_settings.source, m_settings.sourcePassword);
    if (!reader)
        return reader.error();
    c.sourceReader = std::move(*reader);
    if (DbError e = nameSession(*c.sourceReader, applicationName(QStringLiteral("source"), c.runId)); e.isError())
        return e;
    c.scope = std::make_unique<MigrationScopeReader>(*c.sourceReader, *c.source, m_settings.plan);
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
    DbError e;
    // scrypt's memory (128 MiB at the format's cost) is taken and given back before the run holds
    // its per-person state, so the two do not add up in the peak.
    if (!m_settings.dryRun && m_settings.backup) {
        auto stretched = BackupKey::stretch(m_settings.backup->secret, m_settings.backup->scrypt.value_or(ScryptParams{}));
        if (stretched)
            m_settings.backup->secret = std::move(*stretched);
        else
            e = stretched.error();
    }
    if (!e.isError())
        e = prepare(c);
    result.runId = m_settings.dryRun ? QUuid() : c.runId;
    if (!e.isError()) {
        if (m_settings.dryRun) {
            // The dry run reads the target too (a merged person's own records), never writes it.
            auto probe = PgSession::open(m_settings.target, m_settings.targetPassword);
            if (!probe) {
                e = probe.error();
            }
            MigrationDryRun dry(m_settings.plan, *c.scope, *c.planner, probe ? probe->get() : nullptr, &*c.target);
            if (!e.isError())
                e = dry.run(result, m_progress, cancel, m_settings.samplesPerEntity);
            for (const QString &key : c.scope->notFound())
                result.users.append({key, QStringLiteral("excluded"), QString(), QStringLiteral("not_found"),
                                     tr("The plan lists this user key, but the source has no such user.")});
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
        const bool finished = result.status != QLatin1String("cancelled");
        // After a lost connection the status must still reach the ledger: one more connection.
        if (lost(TargetLedger::updateRunStatus(*c.targetSession, c.runId, result.status, finished))
            && !reconnectTarget(c).isError())
            TargetLedger::updateRunStatus(*c.targetSession, c.runId, result.status, finished);
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
    if (DbError e = reconnectTarget(c); e.isError())
        return e;
    if (DbError e = TargetLedger::ensureSchema(*c.targetSession); e.isError())
        return e;
    auto ws = Workspace::connect();
    if (!ws)
        return failure(tr("The workspace database (%1) is unreachable, so the run cannot be recorded. Set %2 or start the local PostgreSQL.")
                           .arg(Workspace::location().describe(), QString::fromLatin1(Workspace::kEnvVariable)),
                       ws.error().message + QLatin1Char(' ') + ws.error().serverText);
    // A run that was (or is being) rolled back never resumes: its ledger rows are gone.
    auto earlier = TargetLedger::run(*c.targetSession, c.runId);
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        if (const QString why = MigrationRollback::resumeRefusal((*earlier)->status); !why.isEmpty()) {
            result.status = QStringLiteral("refused");
            return failure(why);
        }
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
    if (!c.scope->notFound().isEmpty())
        Workspace::appendLog(*c.workspace, c.runId, QStringLiteral("warning"),
                             tr("The plan lists user keys the source does not have; nothing is moved for them: %1")
                                 .arg(c.scope->notFound().join(QStringLiteral(", "))));

    // Records in scope per entity: the left side of the balance and the progress total.
    QMap<QString, qint64> sourceCounts;
    QStringList mergedTargetUsers;
    for (const QString &entity : plan.entities) {
        qint64 n = 0;
        DbError e = onSource(c, entity, [&] {
            n = 0; // a retry counts again from the start
            if (entity != QLatin1String("user")) { // counted by the source, not read
                auto counted = c.scope->count(entity);
                n = counted ? *counted : 0;
                return counted ? DbError{} : counted.error();
            }
            mergedTargetUsers.clear();
            return c.scope->forEachBatch(entity, {}, plan.batchSize, [&](const QList<MigrationScopeReader::ScopedRecord> &b) {
                n += b.size();
                if (entity == QLatin1String("user") && result.backupSha256.isEmpty())
                    for (const auto &r : b)
                        if (const PlannedRecord p = c.planner->plan(entity, r);
                            p.action == PlannedRecord::Action::Link && p.outcome == TargetLedger::Outcome::Merged)
                            mergedTargetUsers.append(p.targetKey);
                return true;
            });
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
        // cancel() stops the backup too: the flag between chunks (the caller's, else the runner's
        // own) and a server-side cancel of the running COPY on the source.
        setSession(sourceSession->get());
        auto sha = backup.write(**sourceSession, *c.targetSession, *m_settings.backup, c.runId,
                                c.scope->everything() ? nullptr : &c.scope->userKeys(),
                                mergedTargetUsers, m_externalCancel ? m_externalCancel : &m_cancel);
        setSession(nullptr);
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
        if (DbError e = onTarget(c, entity, [&] { return TargetSequences::advance(*c.targetSession, *c.target, entity); });
            e.isError())
            return e;
    }

    report({QStringLiteral("accounting"), {}, 0, 0, 0, -1});
    std::optional<QMap<QString, MigrationEntityCounts>> counts;
    if (DbError e = onTarget(c, {}, [&] {
            auto computed = MigrationAccounting::compute(*c.targetSession, c.runId, sourceCounts);
            if (!computed)
                return computed.error();
            counts = *computed;
            return DbError{};
        });
        e.isError())
        return e;
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

DbError MigrationRunner::reconnectTarget(Context &c)
{
    setSession(nullptr);
    auto session = PgSession::open(m_settings.target, m_settings.targetPassword);
    if (!session)
        return session.error();
    if (DbError e = nameSession(**session, applicationName(QStringLiteral("target"), c.runId)); e.isError())
        return e;
    c.targetSession = std::move(*session);
    return {};
}

DbError MigrationRunner::reconnectSource(Context &c)
{
    auto reader = PgSession::open(m_settings.source, m_settings.sourcePassword);
    if (!reader)
        return reader.error();
    if (DbError e = nameSession(**reader, applicationName(QStringLiteral("source"), c.runId)); e.isError())
        return e;
    c.sourceReader = std::move(*reader);
    c.scope->setConnection(*c.sourceReader);
    return {};
}

DbError MigrationRunner::resolveInDoubt(Context &c, const QString &entity, int batchNo, bool &committed)
{
    if (DbError e = reconnectTarget(c); e.isError())
        return e;
    auto known = TargetLedger::batchCommitted(*c.targetSession, c.runId, entity, batchNo);
    if (!known)
        return known.error();
    committed = *known;
    return {};
}

bool MigrationRunner::backoff(int attempt) const
{
    QElapsedTimer waited;
    waited.start();
    const int ms = kBackoffMs[std::clamp(attempt, 0, kRetries - 1)];
    while (waited.elapsed() < ms && !cancelled())
        QThread::msleep(20);
    return !cancelled();
}

void MigrationRunner::noteRetry(Context &c, const QString &entity, const QString &message) const
{
    report({QStringLiteral("retry"), entity, 0, 0, 0, -1});
    if (c.workspace)
        Workspace::appendLog(*c.workspace, c.runId, QStringLiteral("warning"), message);
}

DbError MigrationRunner::lostFor(bool target, const DbError &last)
{
    DbError e = last;
    e.kind = DbError::Kind::ConnectionLost;
    e.message = target ? tr("The connection to the target database was lost and %1 attempts to go on failed; the run stopped. "
                            "Run it again with the same run id to resume.").arg(kRetries)
                       : tr("The connection to the source database was lost and %1 attempts to go on failed; the run stopped. "
                            "Run it again with the same run id to resume.").arg(kRetries);
    e.serverText = last.serverText.isEmpty() ? last.message : last.serverText;
    return e;
}

DbError MigrationRunner::onTarget(Context &c, const QString &entity, const std::function<DbError()> &step)
{
    for (int attempt = 0;; ++attempt) {
        setSession(c.targetSession.get()); // cancel() reaches the step's statement
        const DbError e = step();
        setSession(nullptr);
        if (!lost(e))
            return e;
        if (attempt >= kRetries)
            return lostFor(true, e);
        const QString at = entity.isEmpty() ? QString() : entity + QStringLiteral(": ");
        noteRetry(c, entity, at + tr("The connection to the target database was lost (%1); reconnecting, retry %2 of %3.")
                                      .arg(serverWords(e)).arg(attempt + 1).arg(kRetries));
        if (!backoff(attempt))
            return cancelledError();
        reconnectTarget(c); // on failure the step fails again on the old session and counts as an attempt
    }
}

DbError MigrationRunner::onSource(Context &c, const QString &entity, const std::function<DbError()> &step)
{
    for (int attempt = 0;; ++attempt) {
        const DbError e = step();
        if (!lost(e))
            return e;
        if (attempt >= kRetries)
            return lostFor(false, e);
        const QString at = entity.isEmpty() ? QString() : entity + QStringLiteral(": ");
        noteRetry(c, entity, at + tr("The connection to the source database was lost (%1); reconnecting, retry %2 of %3.")
                                      .arg(serverWords(e)).arg(attempt + 1).arg(kRetries));
        if (!backoff(attempt))
            return cancelledError();
        reconnectSource(c); // likewise
    }
}

DbError MigrationRunner::onLookup(Context &c, QStringList &retries, const std::function<DbError()> &step)
{
    for (int attempt = 0;; ++attempt) {
        DbError e;
        if (!c.lookup) {
            auto session = PgSession::open(m_settings.target, m_settings.targetPassword);
            if (session) {
                e = nameSession(**session, applicationName(QStringLiteral("lookup"), c.runId));
                c.lookup = std::move(*session);
            } else {
                e = session.error();
            }
        }
        if (!e.isError())
            e = step();
        if (!lost(e))
            return e;
        c.lookup.reset(); // a new session on the next attempt
        if (attempt >= kRetries)
            return lostFor(true, e);
        retries.append(tr("The connection to the target database was lost (%1); reconnecting, retry %2 of %3.")
                           .arg(serverWords(e)).arg(attempt + 1).arg(kRetries));
        if (!backoff(attempt))
            return cancelledError();
    }
}

void MigrationRunner::planBatch(Context &c, const QString &entity, BatchPrefetcher::Item &item)
{
    const MigrationPlan &plan = m_settings.plan;
    QStringList keys, users;
    for (const auto &r : item.batch) {
        keys.append(r.sourceKey);
        users.append(r.record.value(QStringLiteral("user_key")).toQString());
    }
    item.error = onLookup(c, item.retries, [&] {
        // Only a run of the same pair before this one can hold these records already.
        QMap<QString, QString> known;
        if (c.earlierRunsOf.value(entity, true)) {
            auto already = TargetLedger::translateKeys(*c.lookup, c.runId, entity, keys);
            if (!already)
                return already.error();
            known = *already;
        }
        c.planner->setAlreadyMigrated(known);
        if (const QStringList ask = entity == QLatin1String("user") ? QStringList() : c.planner->usersToLearn(users);
            !ask.isEmpty()) {
            auto userKeys = TargetLedger::translateKeys(*c.lookup, c.runId, QStringLiteral("user"), ask);
            if (!userKeys)
                return userKeys.error();
            c.planner->learnUserKeys(ask, *userKeys);
        }
        // A person who was on the target before may have her own record with the same key.
        QSet<QString> existing;
        if (TargetRecordKeys::applies(entity)) {
            auto found = TargetRecordKeys::existing(*c.lookup, *c.target, entity, c.planner->existingTargetUsers(item.batch));
            if (!found)
                return found.error();
            existing = *found;
        }
        c.planner->setExistingOnTarget(existing, TargetRecordKeys::applies(entity));
        return DbError{};
    });
    if (item.error.isError())
        return;
    item.planned.reserve(item.batch.size());
    for (auto &r : item.batch) {
        if (c.planner->alreadyMigrated(r.sourceKey))
            ++item.alreadyMigrated;
        item.planned.append(c.planner->plan(entity, std::move(r))); // the planned record keeps the source
        if (plan.errorPolicy == ErrorPolicy::StopAtFirst && item.planned.last().action == PlannedRecord::Action::Quarantine) {
            item.error = failure(tr("Record %1 of %2 cannot be migrated (%3: %4); the plan stops at the first error.")
                                     .arg(r.sourceKey, entity, item.planned.last().reasonCode, item.planned.last().reason));
            return;
        }
    }
    BatchLoader::digest(*c.target, entity, item.planned);
}

DbError MigrationRunner::writeBatch(Context &c, const QString &entity, int batchNo, const BatchPrefetcher::Item &item,
                                    MigrationEntityCounts &counts)
{
    for (const QString &retry : item.retries)
        noteRetry(c, entity, entity + QStringLiteral(": ") + retry);
    // Planned once; every attempt writes the same plan (the loader keeps what it learns apart).
    // Before a redo the ledger says whether the lost attempt committed (its COMMIT may have arrived).
    for (int attempt = 0;; ++attempt) {
        BatchLoader loader(*c.targetSession, *c.target, m_settings.plan, c.runId);
        if (attempt == 0)
            loader.setFaultHook(m_settings.faultHook);
        loader.setPointHook(m_settings.pointHook);
        setSession(c.targetSession.get());
        const BatchLoader::Outcome out = loader.load(entity, batchNo, item.planned);
        setSession(nullptr);
        if (out.kind == BatchLoader::Outcome::Kind::Committed)
            break;
        if (out.kind != BatchLoader::Outcome::Kind::InDoubt && !lost(out.error))
            return out.error;
        if (attempt >= kRetries)
            return lostFor(true, out.error);
        const QString at = QStringLiteral("%1 #%2: ").arg(entity).arg(batchNo);
        noteRetry(c, entity, at + tr("The connection to the target database was lost (%1); reconnecting, retry %2 of %3.")
                                      .arg(serverWords(out.error)).arg(attempt + 1).arg(kRetries));
        if (!backoff(attempt))
            return cancelledError();
        bool committed = false;
        if (resolveInDoubt(c, entity, batchNo, committed).isError())
            continue; // not reachable now: the next attempt fails fast on the old session and counts
        if (committed)
            break;
    }
    counts.alreadyMigrated += item.alreadyMigrated;
    return {};
}

DbError MigrationRunner::loadEntity(Context &c, const QString &entity, std::int64_t total, MigrationRunResult &result)
{
    MigrationEntityCounts &counts = result.counts[entity];
    std::int64_t done = 0;
    QElapsedTimer timer;
    timer.start();
    if (DbError e = onTarget(c, entity, [&] {
            auto others = TargetLedger::pairHasOtherRuns(*c.targetSession, c.runId, entity);
            if (!others)
                return others.error();
            c.earlierRunsOf.insert(entity, *others);
            return DbError{};
        });
        e.isError())
        return e;
    // Every record refers to its user: the run's users and their target keys, read once, spare a
    // look-up per batch (the ledger is only asked about users this run did not move).
    if (entity != QLatin1String("user") && !c.usersLearnt) {
        if (DbError e = onTarget(c, entity, [&] {
                QStringList asked, created;
                QMap<QString, QString> found;
                auto read = TargetLedger::targetKeys(*c.targetSession, c.runId, QStringLiteral("user"),
                                                     [&](const QString &source, const QString &target, TargetLedger::Outcome o) {
                    if (!target.isEmpty()) {
                        asked.append(source);
                        found.insert(source, target);
                        if (o == TargetLedger::Outcome::Created)
                            created.append(source);
                    }
                    return true;
                });
                if (!read)
                    return read.error();
                c.planner->learnUserKeys(asked, found);
                c.planner->markCreatedUsers(created);
                return DbError{};
            });
            e.isError())
            return e;
        c.usersLearnt = true;
    }
    DbError batchError; // from the target side, already retried: ends the entity
    // A lost source connection restarts the reading after the ledger's last committed batch,
    // as a resume would (keyset paging in source-key order, so the batches are the same).
    const DbError readError = onSource(c, entity, [&]() -> DbError {
        std::optional<TargetLedger::BatchInfo> last;
        batchError = onTarget(c, entity, [&] {
            auto found = TargetLedger::lastCommittedBatch(*c.targetSession, c.runId, entity);
            if (!found)
                return found.error();
            last = *found;
            return DbError{};
        });
        if (batchError.isError())
            return {};
        int batchNo = last ? last->batchNo + 1 : 1;
        const QStringList after = last ? MigrationScopeReader::splitKey(last->lastSourceKey) : QStringList();
        // The next batches are read, parsed and planned on the prefetcher's thread while this
        // one is written.
        BatchPrefetcher prefetch(*c.scope, entity, after, m_settings.plan.batchSize,
                                 [&](BatchPrefetcher::Item &item) { planBatch(c, entity, item); });
        while (const std::optional<BatchPrefetcher::Item> item = prefetch.next()) {
            if (item->error.isError()) {
                batchError = item->error;
                return {};
            }
            if (cancelled()) {
                batchError = cancelledError();
                return {};
            }
            batchError = writeBatch(c, entity, batchNo, *item, counts);
            if (batchError.isError())
                return {};
            ++batchNo;
            if (batchNo % 16 == 0)
                AllocatorTuning::releaseFreeMemory(); // records are freed here but were made on the prefetcher's thread
            done += item->batch.size();
            const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
            const double rate = done / seconds;
            const std::int64_t remaining = std::max<std::int64_t>(0, total - done);
            report({QStringLiteral("load"), entity, done, total, rate, rate > 0 ? int(remaining / rate) : -1});
        }
        return prefetch.error();
    });
    return batchError.isError() ? batchError : readError;
}
