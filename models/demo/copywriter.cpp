#include "demo/copywriter.h"

#include "demo/demoformat.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace {
DbError serverError(PGconn *conn, PGresult *res, const QString &message)
{
    QString state;
    QString text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (res) {
        if (const char *s = PQresultErrorField(res, PG_DIAG_SQLSTATE))
            state = QString::fromLatin1(s);
        const QString resText = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        if (!resText.isEmpty())
            text = resText;
    }
    const DbError::Kind kind = PQstatus(conn) == CONNECTION_BAD ? DbError::Kind::ConnectionLost
        : state == QLatin1String("57014")                      ? DbError::Kind::Cancelled
        : state == QLatin1String("42501")                      ? DbError::Kind::PermissionDenied
                                                               : DbError::Kind::Query;
    return DbError::make(kind, message, text, state);
}
} // namespace

CopyWriter::CopyWriter(PGconn *conn, ChunkHook hook)
    : m_conn(conn), m_hook(std::move(hook))
{
    m_buffer.reserve(kChunkBytes + 4096);
}

CopyWriter::~CopyWriter()
{
    if (m_active)
        abort();
}

void CopyWriter::exec(PGconn *conn, const std::string &sql, const char *what)
{
    PGresult *res = PQexec(conn, sql.c_str());
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const DbError e = serverError(conn, res,
            QCoreApplication::translate("CopyWriter", "The demo data could not be loaded (%1).").arg(QString::fromUtf8(what)));
        PQclear(res);
        throw DemoLoadFailure{e};
    }
    PQclear(res);
}

void CopyWriter::begin(const std::string &table, const std::string &columns)
{
    m_table = table;
    m_rows = 0;
    m_rowsReported = 0;
    m_buffer.clear();
    PGresult *res = PQexec(m_conn, ("COPY " + table + " (" + columns + ") FROM STDIN").c_str());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        const DbError e = serverError(m_conn, res,
            QCoreApplication::translate("CopyWriter", "Could not start loading table %1.").arg(QString::fromStdString(table)));
        PQclear(res);
        throw DemoLoadFailure{e};
    }
    PQclear(res);
    m_active = true;
}

void CopyWriter::separator()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

CopyWriter &CopyWriter::text(std::string_view value)
{
    separator();
    DemoFormat::appendCopyEscaped(m_buffer, value);
    return *this;
}

CopyWriter &CopyWriter::integer(std::int64_t value)
{
    separator();
    m_buffer += std::to_string(value);
    return *this;
}

CopyWriter &CopyWriter::boolean(bool value)
{
    separator();
    m_buffer += value ? 't' : 'f';
    return *this;
}

CopyWriter &CopyWriter::null()
{
    separator();
    m_buffer += "\\N";
    return *this;
}

CopyWriter &CopyWriter::timestamptz(std::int64_t epochSeconds)
{
    separator();
    DemoFormat::appendTimestamptz(m_buffer, epochSeconds);
    return *this;
}

CopyWriter &CopyWriter::yuan(std::int64_t fen)
{
    separator();
    DemoFormat::appendYuan(m_buffer, fen);
    return *this;
}

CopyWriter &CopyWriter::uuid(std::uint64_t hi, std::uint64_t lo)
{
    separator();
    DemoFormat::appendUuid(m_buffer, hi, lo);
    return *this;
}

void CopyWriter::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kChunkBytes)
        flush();
}

void CopyWriter::flush()
{
    if (!m_buffer.empty()) {
        if (PQputCopyData(m_conn, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
            fail("COPY data");
        m_buffer.clear();
    }
    if (m_hook) {
        const std::int64_t delta = m_rows - m_rowsReported;
        m_rowsReported = m_rows;
        m_hook(delta); // may throw to cancel; the destructor then aborts the COPY
    }
}

std::int64_t CopyWriter::finish()
{
    flush();
    m_active = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        fail("COPY end");
    bool ok = true;
    DbError error;
    while (PGresult *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && ok) {
            ok = false;
            error = serverError(m_conn, res,
                QCoreApplication::translate("CopyWriter", "Could not load table %1.").arg(QString::fromStdString(m_table)));
        }
        PQclear(res);
    }
    if (!ok)
        throw DemoLoadFailure{error};
    return m_rows;
}

void CopyWriter::abort()
{
    m_active = false;
    if (PQputCopyEnd(m_conn, "cancelled") == 1) {
        while (PGresult *res = PQgetResult(m_conn))
            PQclear(res);
    }
}

void CopyWriter::fail(const char *what)
{
    const DbError e = serverError(m_conn, nullptr,
        QCoreApplication::translate("CopyWriter", "Loading table %1 failed (%2).")
            .arg(QString::fromStdString(m_table), QString::fromUtf8(what)));
    throw DemoLoadFailure{e};
}
