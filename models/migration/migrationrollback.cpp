#include "migration/migrationrollback.h"

#include "backup/backuprestorer.h"
#include "backup/backupverifier.h"
#include "db/pgconnection.h"
#include "db/pgparam.h"
#include "db/pgsession.h"
#include "migration/migrationbackup.h"
#include "migration/migrationrunner.h"
#include "migration/rollbackledger.h"
#include "migration/targetkeystatements.h"
#include "migration/targetledger.h"
#include "migration/workspace.h"
#include "platform/adapterloader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <vector>

struct MigrationRollback::Context
{
    std::unique_ptr<PgSession> target, workspace;
    std::optional<Adapter> adapter;
    std::vector<TargetKeyStatements> statements; // deletion order
    TargetLedger::Run ledgerRun;
    Workspace::Run record;
    QString backupPath;
    bool hasBackup = false;
    QList<int> targetSections; // positions of the target's sections in the backup
    bool started = false;      // the run is marked rolling_back: from here a failure leaves it so
};

namespace {
DbError failure(const QString &message, const QString &detail = {})
{
    return DbError::make(DbError::Kind::Other, message, {}, {}, detail);
}

qint64 firstNumber(const PgRows &rows)
{
    if (rows.empty() || rows.rows.front().empty() || !rows.rows.front().front())
        return 0;
    return std::stoll(*rows.rows.front().front());
}

// Children before parents: every entity points at its user, so users go last.
QStringList deletionOrder(const QStringList &planEntities)
{
    QStringList out;
    for (auto it = planEntities.crbegin(); it != planEntities.crend(); ++it)
        if (*it != QLatin1String("user"))
            out.append(*it);
    if (planEntities.contains(QStringLiteral("user")))
        out.append(QStringLiteral("user"));
    return out;
}

// Ledger descriptions are "platform@host:port/database".
QString platformOf(const QString &description)
{
    return description.section(QLatin1Char('@'), 0, 0);
}
} // namespace

MigrationRollback::MigrationRollback(MigrationRollbackSettings settings) : m_settings(std::move(settings)) {}
MigrationRollback::~MigrationRollback() = default;

QString MigrationRollback::resumeRefusal(const QString &status)
{
    if (status == QLatin1String(kRollingBack))
        return tr("This run is being rolled back, or its rollback was interrupted; it cannot be resumed. "
                  "Finish the rollback (zhiqiao-cli rollback RUN), then run the plan again as a new run.");
    if (status == QLatin1String(kRolledBack))
        return tr("This run was rolled back; it cannot be resumed. Run the plan again as a new run.");
    return {};
}

Result<QString> MigrationRollback::resumeRefusal(const ConnectionProfile &target, const QString &password, const QUuid &runId)
{
    if (auto ws = Workspace::connect()) {
        auto record = Workspace::getRun(**ws, runId);
        if (record && record->has_value())
            if (QString why = resumeRefusal((*record)->status); !why.isEmpty())
                return why;
    }
    auto session = PgSession::open(target, password);
    if (!session)
        return session.error();
    auto version = TargetLedger::schemaVersion(**session);
    if (!version)
        return version.error();
    if (*version == 0)
        return QString();
    auto run = TargetLedger::run(**session, runId);
    if (!run)
        return run.error();
    return run->has_value() ? resumeRefusal((*run)->status) : QString();
}

bool MigrationRollback::cancelled() const
{
    return m_cancel.load() || (m_externalCancel && m_externalCancel->load());
}

void MigrationRollback::cancel()
{
    m_cancel.store(true);
    std::lock_guard<std::mutex> lock(m_sessionMutex);
    if (m_activeSession)
        m_activeSession->cancel();
}

void MigrationRollback::setSession(PgSession *s)
{
    std::lock_guard<std::mutex> lock(m_sessionMutex);
    m_activeSession = s;
}

void MigrationRollback::report(const MigrationProgress &p) const
{
    if (m_progress)
        m_progress(p);
}

void MigrationRollback::logToWorkspace(Context &c, const QString &level, const QString &message)
{
    if (c.workspace)
        Workspace::appendLog(*c.workspace, m_settings.runId, level, message);
}

MigrationRollbackResult MigrationRollback::run(const std::atomic<bool> *cancel)
{
    m_externalCancel = cancel;
    MigrationRollbackResult r;
    r.runId = m_settings.runId;
    r.entities = deletionOrder(m_settings.plan.entities);
    Context c;
    DbError e = prepare(c, r);
    if (!e.isError() && r.alreadyRolledBack) {
        Workspace::RunUpdate u;
        u.status = QString::fromLatin1(kRolledBack);
        u.phase = QString::fromLatin1(kRolledBack);
        Workspace::updateRun(*c.workspace, m_settings.runId, u);
        r.proven = true;
        r.proof.append(tr("The run was rolled back and proven earlier; there is nothing left to do."));
    } else if (!e.isError()) {
        e = markStarted(c);
        for (const TargetKeyStatements &st : c.statements)
            if (!e.isError())
                e = deleteEntity(c, st, r);
        if (!e.isError())
            e = restore(c, r);
        if (!e.isError())
            e = prove(c, r);
        if (!e.isError() && !r.proven)
            e = failure(tr("The rollback could not prove that the target is as before (see the proof); the run stays %1.")
                            .arg(QString::fromLatin1(kRollingBack)));
        if (!e.isError())
            e = finish(c, r);
    }
    setSession(nullptr);
    if (e.isError()) {
        r.ok = false;
        r.cancelled = e.kind == DbError::Kind::Cancelled || cancelled();
        r.status = c.started ? QString::fromLatin1(kRollingBack) : QStringLiteral("refused");
        r.error = e.serverText.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.serverText;
        if (c.started && c.workspace) {
            Workspace::RunUpdate u;
            u.phase = r.cancelled ? QStringLiteral("rollback-cancelled") : QStringLiteral("rollback-failed");
            Workspace::updateRun(*c.workspace, m_settings.runId, u);
            logToWorkspace(c, r.cancelled ? QStringLiteral("warning") : QStringLiteral("error"),
                           tr("Rollback stopped: %1 Run the rollback again to finish it.").arg(r.error));
        }
    } else {
        r.ok = true;
        r.status = QString::fromLatin1(kRolledBack);
    }
    report({r.status, {}, 0, 0, 0, -1});
    return r;
}

QFuture<MigrationRollbackResult> startRollback(std::shared_ptr<MigrationRollback> rollback)
{
    return QtConcurrent::run([rollback] { return rollback->run(); });
}

DbError MigrationRollback::prepare(Context &c, MigrationRollbackResult &r)
{
    report({QStringLiteral("rollback-check"), {}, 0, 0, 0, -1});
    const QUuid &runId = m_settings.runId;
    const QString id = runId.toString(QUuid::WithoutBraces);
    auto session = PgSession::open(m_settings.target, m_settings.targetPassword);
    if (!session)
        return session.error();
    c.target = std::move(*session);
    {
        auto conn = PgConnection::open(m_settings.target, m_settings.targetPassword);
        if (!conn)
            return conn.error();
        const AdapterLoadResult loaded = AdapterLoader::load(m_settings.target.adapterPath, **conn);
        if (!loaded.ok())
            return failure(tr("The target adapter does not fit the target database."), loaded.problemsText());
        c.adapter = *loaded.adapter;
    }
    auto ws = Workspace::connect();
    if (!ws)
        return failure(tr("The workspace database (%1) is unreachable, so the run's record and backup cannot be found.")
                           .arg(Workspace::location().describe()),
                       ws.error().message + QLatin1Char(' ') + ws.error().serverText);
    c.workspace = std::move(*ws);

    auto version = TargetLedger::schemaVersion(*c.target);
    if (!version)
        return version.error();
    auto ledgerRun = *version > 0 ? TargetLedger::run(*c.target, runId)
                                   : Result<std::optional<TargetLedger::Run>>(std::optional<TargetLedger::Run>());
    if (!ledgerRun)
        return ledgerRun.error();
    if (!ledgerRun->has_value())
        return failure(tr("The target's migration ledger has no run %1: this is not the run's target, or nothing was recorded.").arg(id));
    c.ledgerRun = **ledgerRun;
    if (c.ledgerRun.planFingerprint != m_settings.plan.fingerprint())
        return failure(tr("The plan given is not the one run %1 was made with (the fingerprints differ).").arg(id));
    auto record = Workspace::getRun(*c.workspace, runId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return failure(tr("The workspace has no record of run %1.").arg(id));
    c.record = **record;

    if (c.ledgerRun.status == QLatin1String(kRolledBack)) {
        r.alreadyRolledBack = true;
        return {};
    }
    // A runner names its target connection (MigrationRunner::applicationName): one that is
    // connected now is a live run, whatever --force says.
    auto live = c.target->execParams("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
                                     {MigrationRunner::applicationName(QStringLiteral("target"), runId).toStdString()});
    if (!live)
        return live.error();
    if (firstNumber(*live) > 0)
        return failure(tr("Run %1 is running right now (its process is connected to the target). Stop it first.").arg(id));
    if (c.ledgerRun.status == QLatin1String("running") && !m_settings.force)
        return failure(tr("Run %1 is still running, or was killed while running. Stop it first; when no process runs it any "
                          "more, roll back with --force.").arg(id));
    auto lock = c.target->execParams("SELECT pg_try_advisory_lock(hashtextextended($1, 0))",
                                     {"zhiqiao-rollback:" + PgParam::uuid(runId)});
    if (!lock)
        return lock.error();
    if (lock->rows.front().front() != std::optional<std::string>("t"))
        return failure(tr("Another rollback of run %1 is in progress.").arg(id));

    // A later run that linked to what this run created would point at deleted rows.
    auto references = RollbackLedger::otherRunsReferences(*c.target, runId);
    if (!references)
        return references.error();
    if (references->rows > 0)
        return failure(tr("%1 record(s) this run created are also in the ledger of run %2, which relies on them; roll that run back first.")
                           .arg(references->rows)
                           .arg(references->otherRun));

    for (const QString &entity : r.entities) {
        auto st = TargetKeyStatements::forEntity(*c.target, *c.adapter, entity);
        if (!st)
            return st.error();
        c.statements.push_back(std::move(*st));
    }
    auto counts = TargetLedger::ledgerCounts(*c.target, runId);
    if (!counts)
        return counts.error();
    for (const QString &entity : r.entities)
        r.counts[entity].created = counts->value(entity).created;
    return checkBackup(c);
}

DbError MigrationRollback::checkBackup(Context &c)
{
    const QString id = m_settings.runId.toString(QUuid::WithoutBraces);
    c.backupPath = m_settings.backupPath.isEmpty() ? c.record.backupPath : m_settings.backupPath;
    if (c.record.backupSha256.isEmpty()) {
        // The run writes its backup before its first target write: without one it wrote nothing.
        auto rows = RollbackLedger::ledgerRows(*c.target, m_settings.runId);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return failure(tr("The workspace has no backup of run %1, but its ledger names records it wrote; the rollback needs the backup.").arg(id));
        return {};
    }
    if (c.backupPath.isEmpty())
        return failure(tr("The workspace does not say where the backup of run %1 is; give its path.").arg(id));
    auto sha = MigrationBackup::fileSha256(c.backupPath);
    if (!sha)
        return sha.error();
    if (*sha != c.record.backupSha256)
        return failure(tr("%1 is not the backup run %2 wrote: its SHA-256 differs from the run record's.").arg(c.backupPath, id));
    // The whole file authenticates with this key before anything changes (a wrong passphrase stops here).
    auto summary = BackupVerifier::verify(c.backupPath, m_settings.secret);
    if (!summary)
        return summary.error();
    if (summary->header.runId != id)
        return failure(tr("%1 is the backup of another run.").arg(c.backupPath));
    if (const auto listed = MigrationBackup::targetSections(summary->header)) {
        c.targetSections = *listed;
    } else {
        // Written before the header listed its sections: the target's are the tables in the
        // target's schema, which tells them apart only when source and target are different platforms.
        if (platformOf(c.ledgerRun.source) == c.adapter->platform)
            return failure(tr("The backup does not say which of its tables are the target's, and source and target are the "
                              "same platform; restore the target's rows from it by hand."));
        for (std::size_t i = 0; i < summary->tableRows.size(); ++i)
            if (summary->tableRows[i].first.startsWith(c.adapter->schema + QLatin1Char('.')))
                c.targetSections.append(int(i));
    }
    c.hasBackup = true;
    return {};
}

DbError MigrationRollback::markStarted(Context &c)
{
    const bool resumed = c.ledgerRun.status == QLatin1String(kRollingBack);
    if (DbError e = RollbackLedger::setStatus(*c.target, m_settings.runId, QString::fromLatin1(kRollingBack)); e.isError())
        return e;
    c.started = true;
    Workspace::RunUpdate u;
    u.status = QString::fromLatin1(kRollingBack);
    u.phase = QStringLiteral("rollback");
    if (DbError e = Workspace::updateRun(*c.workspace, m_settings.runId, u); e.isError())
        return e;
    logToWorkspace(c, QStringLiteral("info"),
                   (resumed ? tr("Rollback resumed by %1 (the run was %2).") : tr("Rollback started by %1 (the run was %2)."))
                       .arg(Workspace::operatorName(), c.ledgerRun.status));
    return {};
}

DbError MigrationRollback::forEachCreatedPage(Context &c, const QString &entity, const PageCallback &onPage)
{
    return RollbackLedger::forEachCreatedPage(*c.target, m_settings.runId, entity, m_settings.pageSize,
                                              [&](const QStringList &keys) -> DbError {
        if (cancelled())
            return DbError::make(DbError::Kind::Cancelled, tr("The rollback was cancelled; run it again to finish it."));
        return onPage(keys);
    });
}

DbError MigrationRollback::deleteEntity(Context &c, const TargetKeyStatements &st, MigrationRollbackResult &r)
{
    const QString entity = st.entity();
    MigrationRollbackResult::EntityCounts &counts = r.counts[entity];
    if (entity == QLatin1String("user")) {
        // Everything the run wrote for its users is gone by now; a row still owned by one of them
        // was added by someone else, and deleting the user would orphan it.
        for (const TargetKeyStatements::OwnerCheck &check : TargetKeyStatements::ownerChecks(*c.adapter, RollbackLedger::createdUsersSql())) {
            auto n = c.target->execParams(check.countSql, RollbackLedger::createdUsersParams(m_settings.runId));
            if (!n)
                return n.error();
            if (firstNumber(*n) > 0)
                return failure(tr("%1 row(s) in %2 belong to users this run created but were not written by it (added on the "
                                  "target after the run?). The users stay; move or delete those rows, then run the rollback again.")
                                   .arg(firstNumber(*n))
                                   .arg(check.table));
        }
    }
    std::int64_t done = 0;
    QElapsedTimer timer;
    timer.start();
    report({QStringLiteral("rollback-delete"), entity, 0, counts.created, 0, -1});
    return forEachCreatedPage(c, entity, [&](const QStringList &keys) -> DbError {
        if (DbError e = deletePage(c, st, keys, counts); e.isError())
            return e;
        done += keys.size();
        const double rate = done / std::max(0.001, timer.elapsed() / 1000.0);
        const std::int64_t remaining = std::max<std::int64_t>(0, counts.created - done);
        report({QStringLiteral("rollback-delete"), entity, done, counts.created, rate, rate > 0 ? int(remaining / rate) : -1});
        return {};
    });
}

DbError MigrationRollback::deletePage(Context &c, const TargetKeyStatements &st, const QStringList &keys,
                                      MigrationRollbackResult::EntityCounts &counts)
{
    PgSession &s = *c.target;
    const PgParams params = st.params(keys);
    if (DbError e = s.begin(); e.isError())
        return e;
    setSession(&s);
    auto abort = [&](const DbError &e) {
        setSession(nullptr);
        s.rollback();
        return e;
    };
    qint64 children = 0;
    for (const TargetKeyStatements::Child &child : st.children()) {
        auto n = s.execParams(child.deleteSql, {params.front()});
        if (!n)
            return abort(n.error());
        children += n->affected;
    }
    auto n = s.execParams(st.deleteSql(), params);
    if (!n)
        return abort(n.error());
    const PgSession::CommitResult commit = s.commit();
    setSession(nullptr);
    if (!commit.committed())
        return commit.error; // in doubt or not: running the rollback again deletes what is left
    counts.deleted += n->affected;
    counts.childDeleted += children;
    return {};
}

DbError MigrationRollback::restore(Context &c, MigrationRollbackResult &r)
{
    if (!c.hasBackup || c.targetSections.isEmpty()) {
        r.backupMismatches = 0;
        return {};
    }
    report({QStringLiteral("rollback-restore"), {}, 0, 0, 0, -1});
    BackupRestorer restorer(*c.target);
    restorer.setCancelFlag(m_externalCancel ? m_externalCancel : &m_cancel);
    const QList<int> sections = c.targetSections;
    const QString schema = c.adapter->schema;
    restorer.setSectionFilter([sections, schema](int index, const BackupTable &table) {
        return sections.contains(index) && table.schema == schema;
    });
    setSession(c.target.get());
    auto restored = restorer.restore(c.backupPath, m_settings.secret, BackupRestorer::Mode::RestoreChanged);
    setSession(nullptr);
    if (!restored)
        return restored.error();
    r.backupMismatches = restored->mismatches();
    for (const BackupRestoreReport::Table &t : restored->tables) {
        r.restoredTables.append(t.name);
        r.backupRowsChecked += t.inBackup;
        r.rowsRestored += t.restored;
    }
    if (!restored->committed)
        return failure(tr("%1 backed-up target row(s) could not be put back identically; nothing of the restore was kept.")
                           .arg(r.backupMismatches));
    return {};
}

DbError MigrationRollback::prove(Context &c, MigrationRollbackResult &r)
{
    report({QStringLiteral("rollback-prove"), {}, 0, 0, 0, -1});
    qint64 created = 0, remaining = 0, remainingChildren = 0;
    QStringList perEntity;
    for (const TargetKeyStatements &st : c.statements) {
        MigrationRollbackResult::EntityCounts &counts = r.counts[st.entity()];
        counts.remaining = 0;
        counts.remainingChildren = 0;
        setSession(c.target.get());
        DbError e = forEachCreatedPage(c, st.entity(), [&](const QStringList &keys) -> DbError {
            const PgParams params = st.params(keys);
            auto n = c.target->execParams(st.countSql(), params);
            if (!n)
                return n.error();
            counts.remaining += firstNumber(*n);
            for (const TargetKeyStatements::Child &child : st.children()) {
                auto m = c.target->execParams(child.countSql, {params.front()});
                if (!m)
                    return m.error();
                counts.remainingChildren += firstNumber(*m);
            }
            return {};
        });
        setSession(nullptr);
        if (e.isError())
            return e;
        created += counts.created;
        remaining += counts.remaining;
        remainingChildren += counts.remainingChildren;
        perEntity.append(QStringLiteral("%1 %2/%3").arg(st.entity()).arg(counts.remaining).arg(counts.created));
    }
    qint64 owned = 0;
    for (const TargetKeyStatements::OwnerCheck &check : TargetKeyStatements::ownerChecks(*c.adapter, RollbackLedger::createdUsersSql())) {
        auto n = c.target->execParams(check.countSql, RollbackLedger::createdUsersParams(m_settings.runId));
        if (!n)
            return n.error();
        owned += firstNumber(*n);
    }

    r.proof.append(tr("(a) Rows the ledger names as created that are still on the target: %1 of %2 (%3); child rows: %4; "
                      "rows of other tables belonging to created users: %5.")
                       .arg(remaining)
                       .arg(created)
                       .arg(perEntity.join(QStringLiteral(", ")))
                       .arg(remainingChildren)
                       .arg(owned));
    if (!c.hasBackup)
        r.proof.append(tr("(b) The run has no backup: it stopped before its first write, so it changed no target row."));
    else if (r.restoredTables.isEmpty())
        r.proof.append(tr("(b) The backup holds no target rows (no merged users): the run changed no existing target row."));
    else
        r.proof.append(tr("(b) Backed-up target rows (%1) compared after the restore by per-row SHA-256: %2 differ; %3 row(s) "
                          "were written back.")
                           .arg(r.restoredTables.join(QStringLiteral(", ")))
                           .arg(r.backupMismatches)
                           .arg(r.rowsRestored)
                       + QLatin1Char(' ') + tr("%1 row(s) checked.").arg(r.backupRowsChecked));
    r.proof.append(tr("(c) The run does not record table row counts from before it started, so the proof rests on (a) and (b): "
                      "the run only inserted rows (all gone) and changed no other row than the backed-up ones (all identical). "
                      "Sequences it advanced are not moved back; the gap is harmless."));
    r.proven = remaining == 0 && remainingChildren == 0 && owned == 0 && r.backupMismatches == 0;
    return {};
}

DbError MigrationRollback::finish(Context &c, MigrationRollbackResult &r)
{
    PgSession &s = *c.target;
    if (DbError e = s.begin(); e.isError())
        return e;
    auto cleared = RollbackLedger::clearRun(s, m_settings.runId, QString::fromLatin1(kRolledBack));
    if (!cleared) {
        s.rollback();
        return cleared.error();
    }
    const PgSession::CommitResult commit = s.commit();
    if (!commit.committed())
        return commit.error;
    r.notificationsRemoved = cleared->notifications;
    r.notificationsAlreadySent = cleared->notificationsSent;

    Workspace::RunUpdate u;
    u.status = QString::fromLatin1(kRolledBack);
    u.phase = QString::fromLatin1(kRolledBack);
    Workspace::updateRun(*c.workspace, m_settings.runId, u);
    MigrationRollbackResult summary = r;
    summary.ok = summary.proven = true;
    summary.status = QString::fromLatin1(kRolledBack);
    logToWorkspace(c, QStringLiteral("info"),
                   tr("Rolled back by %1: %2").arg(Workspace::operatorName(),
                                                   QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact))));
    if (r.notificationsAlreadySent > 0)
        logToWorkspace(c, QStringLiteral("warning"),
                       tr("%1 notification(s) about this run had already been sent; those users were told of a migration "
                          "that is now undone.").arg(r.notificationsAlreadySent));
    return {};
}
