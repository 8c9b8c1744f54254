#include "migration/rollbackledger.h"

#include "db/pgparam.h"
#include "migration/targetledger.h"

#include <algorithm>

namespace {
const QString kCreated = QStringLiteral("created");

std::string table(const char *name)
{
    return PgParam::table(TargetLedger::kSchema, name);
}

qint64 number(const PgRows &rows, std::size_t column = 0)
{
    if (rows.empty() || rows.rows.front().size() <= column || !rows.rows.front()[column])
        return 0;
    return std::stoll(*rows.rows.front()[column]);
}
} // namespace

namespace RollbackLedger {

DbError forEachCreatedPage(PgSession &s, const QUuid &runId, const QString &entity, int pageSize, const PageCallback &onPage)
{
    QString after; // source keys are never empty
    pageSize = std::max(1, pageSize);
    for (;;) {
        auto rows = s.execParams("SELECT \"source_key\", \"target_key\" FROM " + table("ledger")
                                     + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"outcome\" = $3"
                                       " AND \"source_key\" > $4 ORDER BY \"source_key\" LIMIT $5::int",
                                 {PgParam::uuid(runId), PgParam::text(entity), PgParam::text(kCreated), PgParam::text(after),
                                  std::to_string(pageSize)});
        if (!rows)
            return rows.error();
        if (rows->empty())
            return {};
        QStringList keys;
        for (const auto &row : rows->rows)
            if (row[1])
                keys.append(QString::fromStdString(*row[1]));
        after = QString::fromStdString(rows->rows.back()[0].value_or(std::string()));
        if (!keys.isEmpty())
            if (DbError e = onPage(keys); e.isError())
                return e;
        if (rows->size() < std::size_t(pageSize))
            return {};
    }
}

Result<References> otherRunsReferences(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams("SELECT count(*), min(o.\"run_id\"::text) FROM " + table("ledger") + " l JOIN " + table("ledger")
                                 + " o ON o.\"entity\" = l.\"entity\" AND o.\"target_key\" = l.\"target_key\" AND o.\"run_id\" <> l.\"run_id\""
                                   " WHERE l.\"run_id\" = $1::uuid AND l.\"outcome\" = $2",
                             {PgParam::uuid(runId), PgParam::text(kCreated)});
    if (!rows)
        return rows.error();
    return References{number(*rows), QString::fromStdString(rows->rows.front()[1].value_or(std::string()))};
}

Result<qint64> ledgerRows(PgSession &s, const QUuid &runId)
{
    auto rows = s.execParams("SELECT count(*) FROM " + table("ledger") + " WHERE \"run_id\" = $1::uuid", {PgParam::uuid(runId)});
    if (!rows)
        return rows.error();
    return number(*rows);
}

std::string createdUsersSql()
{
    return "SELECT \"target_key\" FROM " + table("ledger")
        + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"outcome\" = $3 AND \"target_key\" IS NOT NULL";
}

PgParams createdUsersParams(const QUuid &runId)
{
    return {PgParam::uuid(runId), std::string("user"), PgParam::text(kCreated)};
}

DbError setStatus(PgSession &s, const QUuid &runId, const QString &status)
{
    auto r = s.execParams("UPDATE " + table("runs") + " SET \"status\" = $2 WHERE \"run_id\" = $1::uuid",
                          {PgParam::uuid(runId), PgParam::text(status)});
    return r ? DbError{} : r.error();
}

Result<Cleared> clearRun(PgSession &s, const QUuid &runId, const QString &status)
{
    const PgParams run{PgParam::uuid(runId)};
    Cleared out;
    auto sent = s.execParams("SELECT count(*) FILTER (WHERE \"sent_at\" IS NOT NULL) FROM " + table("notification_outbox")
                                 + " WHERE \"run_id\" = $1::uuid",
                             run);
    if (!sent)
        return sent.error();
    out.notificationsSent = number(*sent);
    auto outbox = s.execParams("DELETE FROM " + table("notification_outbox") + " WHERE \"run_id\" = $1::uuid", run);
    if (!outbox)
        return outbox.error();
    out.notifications = outbox->affected;
    auto ledger = s.execParams("DELETE FROM " + table("ledger") + " WHERE \"run_id\" = $1::uuid", run);
    if (!ledger)
        return ledger.error();
    out.ledgerRows = ledger->affected;
    if (DbError e = setStatus(s, runId, status); e.isError())
        return e;
    return out;
}

} // namespace RollbackLedger
