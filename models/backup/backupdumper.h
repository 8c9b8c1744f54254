#pragma once

#include "backup/backupscope.h"
#include "backup/backuptable.h"
#include "db/dberror.h"
#include "db/result.h"

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <string>

class BackupContentWriter;
class PgSession;

// Streams rows of live tables into a backup: COPY (SELECT ...) TO STDOUT in text format, one
// row at a time into the writer, so memory stays bounded whatever the table size. The same
// rendering re-reads restored rows, so per-row hashes compare like with like.
class BackupDumper
{
public:
    using LineCallback = std::function<DbError(QByteArrayView line)>;

    BackupDumper(PgSession &session, BackupContentWriter &out);

    // Polled between rows; when set, dump() stops with Kind::Cancelled (the caller drops the file).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Writes one table section with the rows in scope; returns the number of rows.
    Result<qint64> dump(const BackupScope &scope);

    // Fixes the settings that change how values print (time zone, date and interval style, float
    // digits, bytea), so a row hashes the same on any server or session. Session-wide.
    static DbError fixOutputSettings(PgSession &session);
    // Columns (without generated ones) with type names, and primary key, from the live catalog.
    static Result<BackupTable> describe(PgSession &session, const QString &schema, const QString &table);
    // Every row of `table` matching `whereSql` ("" = all), ordered by primary key, as COPY text
    // lines (ending in '\n').
    static Result<qint64> copyRows(PgSession &session, const BackupTable &table, const std::string &whereSql,
                                   const LineCallback &onLine);

private:
    Result<std::string> whereClause(const BackupTable &table, const BackupScope &scope) const;

    PgSession &m_session;
    BackupContentWriter &m_out;
    const std::atomic<bool> *m_cancel = nullptr;
};
