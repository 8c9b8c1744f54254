#pragma once

#include "db/pgsession.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <string>

// What a rollback asks of and does to the target's migration ledger (the zhiqiao_migration
// schema TargetLedger creates): keyset pages of a run's created keys, references from other runs,
// the status, and the final cleanup. Kept apart from TargetLedger while others change it; it may
// move there. Every function runs in whatever transaction the caller has open.
namespace RollbackLedger {

// Target keys of `entity` the run created, in source-key order, `pageSize` at a time (memory: one
// page). The ledger rows are not changed, so a page is found again after a crash. Stops at the
// first error the callback returns.
using PageCallback = std::function<DbError(const QStringList &targetKeys)>;
DbError forEachCreatedPage(PgSession &s, const QUuid &runId, const QString &entity, int pageSize, const PageCallback &onPage);

// Ledger rows of other runs with a target key this run created (a later run linked to it): how
// many, and one of those runs.
struct References
{
    qint64 rows = 0;
    QString otherRun;
};
Result<References> otherRunsReferences(PgSession &s, const QUuid &runId);

// All ledger rows of the run (any outcome).
Result<qint64> ledgerRows(PgSession &s, const QUuid &runId);

// A subquery with the target keys of the users the run created (one text column), and its
// parameters, for TargetKeyStatements::ownerChecks.
std::string createdUsersSql();
PgParams createdUsersParams(const QUuid &runId);

// Only the status: the run's start and finish times stay for the audit trail.
DbError setStatus(PgSession &s, const QUuid &runId, const QString &status);

// The end of a rollback: removes the run's notification-outbox and ledger rows (a later run of the
// pair must not take these records as migrated) and sets the status. The runs row, the batches
// and the quarantine stay as the audit trail.
struct Cleared
{
    qint64 notifications = 0;
    qint64 notificationsSent = 0; // of those, already sent
    qint64 ledgerRows = 0;
};
Result<Cleared> clearRun(PgSession &s, const QUuid &runId, const QString &status);

} // namespace RollbackLedger
