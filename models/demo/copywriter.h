#pragma once

#include "db/dberror.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

typedef struct pg_conn PGconn;

// Thrown inside a demo loading thread and caught at its top; never crosses a thread.
struct DemoLoadFailure
{
    DbError error;
};

// Streams one table into PostgreSQL with COPY ... FROM STDIN (text format) through libpq,
// 64 KiB at a time, so memory stays bounded whatever the table size. libpqxx 6.4's stream_to is
// avoided on purpose (see docs/architecture.md: it escapes every non-ASCII byte and mishandles
// NULL). Rows are built field by field; values are escaped here.
class CopyWriter
{
public:
    // Called after every chunk sent with the rows completed since the previous call; it may throw
    // DemoLoadFailure to cancel (the COPY is then aborted and nothing of it is kept).
    using ChunkHook = std::function<void(std::int64_t rows)>;

    static constexpr std::size_t kChunkBytes = 64 * 1024;

    CopyWriter(PGconn *conn, ChunkHook hook);
    ~CopyWriter();
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    // `table` and `columns` are trusted identifiers written by the generator itself.
    void begin(const std::string &table, const std::string &columns);
    CopyWriter &text(std::string_view value);
    CopyWriter &integer(std::int64_t value);
    CopyWriter &boolean(bool value);
    CopyWriter &null();
    CopyWriter &timestamptz(std::int64_t epochSeconds);
    CopyWriter &yuan(std::int64_t fen);
    CopyWriter &uuid(std::uint64_t hi, std::uint64_t lo);
    void endRow();
    // Sends the rest and ends the COPY; returns the table's row count.
    std::int64_t finish();

    // Runs SQL outside COPY on the same connection; throws DemoLoadFailure on failure.
    static void exec(PGconn *conn, const std::string &sql, const char *what);

private:
    void separator();
    void flush();
    void abort();
    [[noreturn]] void fail(const char *what);

    PGconn *m_conn;
    ChunkHook m_hook;
    std::string m_buffer;
    std::string m_table;
    bool m_active = false;
    bool m_rowStarted = false;
    std::int64_t m_rows = 0;
    std::int64_t m_rowsReported = 0;
};
