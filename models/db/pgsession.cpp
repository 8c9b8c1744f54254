#include "db/pgsession.h"

#include "db/pgconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <charconv>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PgSession", text);
}

// Notices (e.g. "schema already exists, skipping") are not errors; libpq would print them to
// stderr, which the CLI's progress bar shares.
void ignoreNotice(void *, const char *) {}

std::int64_t toInt64(const char *text)
{
    std::int64_t n = 0;
    if (text && *text)
        std::from_chars(text, text + std::char_traits<char>::length(text), n);
    return n;
}

std::vector<std::string> columnNames(PGresult *res)
{
    std::vector<std::string> names;
    const int n = PQnfields(res);
    names.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        names.emplace_back(PQfname(res, i));
    return names;
}

struct ResultGuard
{
    PGresult *res;
    ~ResultGuard() { PQclear(res); }
};
} // namespace

bool PgSession::Row::isNull(int column) const
{
    return PQgetisnull(m_res, 0, column) != 0;
}

std::string_view PgSession::Row::view(int column) const
{
    return {PQgetvalue(m_res, 0, column), static_cast<std::size_t>(PQgetlength(m_res, 0, column))};
}

std::optional<std::string> PgSession::Row::value(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return std::string(view(column));
}

int PgSession::Rows::count() const
{
    return PQntuples(m_res);
}

int PgSession::Rows::columns() const
{
    return PQnfields(m_res);
}

bool PgSession::Rows::isNull(int row, int column) const
{
    return PQgetisnull(m_res, row, column) != 0;
}

std::string_view PgSession::Rows::view(int row, int column) const
{
    return {PQgetvalue(m_res, row, column), static_cast<std::size_t>(PQgetlength(m_res, row, column))};
}

Result<std::unique_ptr<PgSession>> PgSession::open(const std::string &conninfo)
{
    PGconn *conn = PQconnectdb(conninfo.c_str());
    if (!conn)
        return DbError::make(DbError::Kind::Other, tr("The connection failed."), tr("out of memory"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const DbError e = DbError::fromConnectFailure(PQerrorMessage(conn));
        PQfinish(conn);
        return e;
    }
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    return std::unique_ptr<PgSession>(new PgSession(conn));
}

Result<std::unique_ptr<PgSession>> PgSession::open(const ConnectionProfile &profile, const QString &password)
{
    return open(profile.conninfo(password));
}

PgSession::PgSession(PGconn *conn)
    : m_conn(conn), m_cancel(PQgetCancel(conn))
{
}

PgSession::~PgSession()
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    PQfinish(m_conn);
}

DbError PgSession::errorFrom(PGresult *res, const QString &message, const std::string &sql) const
{
    QString state;
    QString text = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (res) {
        if (const char *s = PQresultErrorField(res, PG_DIAG_SQLSTATE))
            state = QString::fromLatin1(s);
        const QString resText = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        if (!resText.isEmpty())
            text = resText;
    }
    const QString detail = QString::fromStdString(sql.substr(0, 500));
    using K = DbError::Kind;
    if (state == QLatin1String("57014"))
        return DbError::make(K::Cancelled, tr("The operation was cancelled."), text, state, detail);
    if (PQstatus(m_conn) == CONNECTION_BAD || state.startsWith(QLatin1String("08"))
        || state == QLatin1String("57P01") || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return DbError::make(K::ConnectionLost, tr("The connection to the server was lost."), text, state, detail);
    if (state == QLatin1String("42501"))
        return DbError::make(K::PermissionDenied, tr("The database user lacks the permission for this operation."), text, state, detail);
    if (state.startsWith(QLatin1String("28")))
        return DbError::fromConnectFailure(text.toStdString());
    return DbError::make(K::Query, message, text, state, detail);
}

void PgSession::drainResults()
{
    while (PGresult *res = PQgetResult(m_conn))
        PQclear(res);
}

Result<std::int64_t> PgSession::exec(const std::string &sql)
{
    ResultGuard g{PQexec(m_conn, sql.c_str())};
    const ExecStatusType st = PQresultStatus(g.res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return errorFrom(g.res, tr("The database reported an error."), sql);
    return toInt64(PQcmdTuples(g.res));
}

Result<PgRows> PgSession::execParams(const std::string &sql, const PgParams &params)
{
    const std::vector<const char *> values = paramPointers(params);
    ResultGuard g{PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0)};
    const ExecStatusType st = PQresultStatus(g.res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return errorFrom(g.res, tr("The database reported an error."), sql);
    PgRows out;
    out.columns = columnNames(g.res);
    const int nRows = PQntuples(g.res);
    const int nCols = PQnfields(g.res);
    out.rows.reserve(static_cast<std::size_t>(nRows));
    for (int r = 0; r < nRows; ++r) {
        std::vector<std::optional<std::string>> row;
        row.reserve(static_cast<std::size_t>(nCols));
        for (int c = 0; c < nCols; ++c) {
            if (PQgetisnull(g.res, r, c))
                row.emplace_back(std::nullopt);
            else
                row.emplace_back(std::string(PQgetvalue(g.res, r, c), static_cast<std::size_t>(PQgetlength(g.res, r, c))));
        }
        out.rows.push_back(std::move(row));
    }
    out.affected = st == PGRES_TUPLES_OK ? nRows : toInt64(PQcmdTuples(g.res));
    return out;
}

Result<std::int64_t> PgSession::query(const std::string &sql, const PgParams &params,
                                      const std::function<void(const Rows &)> &onRows)
{
    const std::vector<const char *> values = paramPointers(params);
    ResultGuard g{PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0)};
    const ExecStatusType st = PQresultStatus(g.res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return errorFrom(g.res, tr("The database reported an error."), sql);
    onRows(Rows(g.res));
    return PQntuples(g.res);
}

Result<std::int64_t> PgSession::streamQuery(const std::string &sql, const PgParams &params, const RowCallback &onRow)
{
    const std::vector<const char *> values = paramPointers(params);
    // Outside a transaction an early stop cancels the query; inside one a cancel would abort the
    // caller's transaction, so the rest is read and dropped instead (still one row at a time).
    const bool mayCancel = !inTransaction();
    if (!PQsendQueryParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0))
        return errorFrom(nullptr, tr("The query could not be sent."), sql);
    PQsetSingleRowMode(m_conn);
    std::int64_t delivered = 0;
    bool stopped = false;
    bool failed = false;
    DbError error;
    std::vector<std::string> columns;
    while (PGresult *res = PQgetResult(m_conn)) {
        ResultGuard g{res};
        const ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_SINGLE_TUPLE) {
            if (stopped)
                continue;
            if (columns.empty())
                columns = columnNames(res);
            ++delivered;
            if (!onRow(Row(res, columns))) {
                stopped = true;
                if (mayCancel)
                    cancel();
            }
        } else if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && !failed) {
            failed = true;
            error = errorFrom(res, tr("The database reported an error."), sql);
        }
    }
    if (failed && !(stopped && error.kind == DbError::Kind::Cancelled))
        return error;
    return delivered;
}

Result<std::int64_t> PgSession::finishCopy(const std::string &sql, const QString &failure)
{
    std::optional<DbError> error;
    std::int64_t rows = 0;
    while (PGresult *res = PQgetResult(m_conn)) {
        ResultGuard g{res};
        if (PQresultStatus(res) == PGRES_COMMAND_OK)
            rows = toInt64(PQcmdTuples(res));
        else if (!error)
            error = errorFrom(res, failure, sql);
        if (PQstatus(m_conn) == CONNECTION_BAD)
            break; // libpq would keep reporting the same failure
    }
    if (error)
        return *error;
    return rows;
}

Result<std::int64_t> PgSession::copyIn(const std::string &copySql, const CopyProducer &produce)
{
    {
        ResultGuard g{PQexec(m_conn, copySql.c_str())};
        if (PQresultStatus(g.res) != PGRES_COPY_IN)
            return errorFrom(g.res, tr("The data could not be loaded."), copySql);
    }
    std::string chunk;
    chunk.reserve(kChunkBytes + 4096);
    Produce step = Produce::More;
    while (step == Produce::More) {
        chunk.clear();
        step = produce(chunk);
        if (step == Produce::Abort)
            break;
        if (!chunk.empty() && PQputCopyData(m_conn, chunk.data(), static_cast<int>(chunk.size())) != 1) {
            const DbError e = errorFrom(nullptr, tr("The data could not be loaded."), copySql);
            drainResults();
            return e;
        }
    }
    if (step == Produce::Abort) {
        if (PQputCopyEnd(m_conn, "aborted by the client") == 1)
            drainResults();
        return DbError::make(DbError::Kind::Cancelled, tr("Loading was stopped; nothing of it was kept."),
                             {}, {}, QString::fromStdString(copySql.substr(0, 500)));
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        const DbError e = errorFrom(nullptr, tr("The data could not be loaded."), copySql);
        drainResults();
        return e;
    }
    return finishCopy(copySql, tr("The data could not be loaded."));
}

Result<std::int64_t> PgSession::copyOut(const std::string &copySql, const CopyConsumer &consume)
{
    const bool mayCancel = !inTransaction(); // see streamQuery
    {
        ResultGuard g{PQexec(m_conn, copySql.c_str())};
        if (PQresultStatus(g.res) != PGRES_COPY_OUT)
            return errorFrom(g.res, tr("The data could not be read."), copySql);
    }
    std::int64_t messages = 0;
    bool stopped = false;
    for (;;) {
        char *buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n == -1)
            break; // done; the final result follows
        if (n == -2) {
            const DbError e = errorFrom(nullptr, tr("The data could not be read."), copySql);
            drainResults();
            return e;
        }
        if (!stopped) {
            ++messages;
            if (!consume(std::string_view(buffer, static_cast<std::size_t>(n)))) {
                stopped = true;
                if (mayCancel)
                    cancel();
            }
        }
        PQfreemem(buffer);
    }
    Result<std::int64_t> end = finishCopy(copySql, tr("The data could not be read."));
    if (!end.ok() && !(stopped && end.error().kind == DbError::Kind::Cancelled))
        return end.error();
    return messages;
}

DbError PgSession::begin()
{
    const Result<std::int64_t> r = exec("BEGIN");
    return r.ok() ? DbError{} : r.error();
}

PgSession::CommitResult PgSession::commit()
{
    CommitResult out;
    const bool wasConnected = PQstatus(m_conn) == CONNECTION_OK;
    ResultGuard g{PQexec(m_conn, "COMMIT")};
    if (PQresultStatus(g.res) == PGRES_COMMAND_OK) {
        // COMMIT of a failed transaction answers ROLLBACK.
        if (std::string_view(PQcmdStatus(g.res)) == "ROLLBACK") {
            out.outcome = CommitResult::Outcome::RolledBack;
            out.error = DbError::make(DbError::Kind::Query,
                tr("The transaction had failed earlier and was rolled back."), {}, {}, QStringLiteral("COMMIT"));
        } else {
            out.outcome = CommitResult::Outcome::Committed;
        }
        return out;
    }
    out.error = errorFrom(g.res, tr("The transaction could not be committed and was rolled back."), "COMMIT");
    if (!wasConnected) {
        out.outcome = CommitResult::Outcome::RolledBack; // COMMIT never left this machine
    } else if (PQstatus(m_conn) == CONNECTION_BAD) {
        out.outcome = CommitResult::Outcome::Unknown;
        out.error.kind = DbError::Kind::ConnectionLost;
        out.error.message = tr("The connection was lost while committing; the outcome is unknown.");
    } else {
        out.outcome = CommitResult::Outcome::RolledBack; // e.g. a deferred constraint failed
    }
    return out;
}

DbError PgSession::rollback()
{
    const Result<std::int64_t> r = exec("ROLLBACK");
    return r.ok() ? DbError{} : r.error();
}

bool PgSession::inTransaction() const
{
    const PGTransactionStatusType st = PQtransactionStatus(m_conn);
    return st == PQTRANS_INTRANS || st == PQTRANS_INERROR;
}

bool PgSession::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return false;
    char message[256] = {};
    return PQcancel(m_cancel, message, static_cast<int>(sizeof message)) == 1;
}

bool PgSession::isAlive() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

int PgSession::backendPid() const
{
    return PQbackendPID(m_conn);
}

int PgSession::serverVersion() const
{
    return PQserverVersion(m_conn);
}

std::string PgSession::quoteIdent(const std::string &name)
{
    return PgConnection::quoteIdent(name);
}

Result<std::string> PgSession::quoteLiteral(const std::string &value) const
{
    char *quoted = PQescapeLiteral(m_conn, value.data(), value.size());
    if (!quoted)
        return DbError::make(DbError::Kind::Query, tr("A value could not be quoted for SQL."),
                             QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

void PgSession::appendCopyText(std::string &out, const std::optional<std::string_view> &value)
{
    if (!value) {
        out += "\\N";
        return;
    }
    // Runs without a character to escape are appended whole (most values have none).
    const std::string_view v = *value;
    std::size_t start = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(v.data() + start, i - start);
        out += '\\';
        out += c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        start = i + 1;
    }
    out.append(v.data() + start, v.size() - start);
}
