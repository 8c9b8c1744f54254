#pragma once

#include "db/connectionprofile.h"
#include "db/pgrows.h"
#include "db/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

typedef struct pg_conn PGconn;
typedef struct pg_cancel PGcancel;
typedef struct pg_result PGresult;

// One libpq connection owned by one thread. The migration engine uses it instead of libpqxx
// because a batch transaction needs COPY (libpqxx 6.4's COPY streams are defective, see
// docs/architecture.md) and ordinary SQL on the same connection. Never throws: every call returns
// a Result or a DbError. Only cancel() may be called from another thread.
class PgSession
{
public:
    // One row while streaming; valid only during the callback.
    class Row
    {
    public:
        Row(PGresult *res, const std::vector<std::string> &columns) : m_res(res), m_columns(columns) {}
        int size() const { return static_cast<int>(m_columns.size()); }
        const std::vector<std::string> &columns() const { return m_columns; }
        bool isNull(int column) const;
        std::string_view view(int column) const; // empty for NULL
        std::optional<std::string> value(int column) const;

    private:
        PGresult *m_res;
        const std::vector<std::string> &m_columns;
    };

    // A whole fetched result, read in place (no copy per value); valid only during the callback.
    class Rows
    {
    public:
        explicit Rows(PGresult *res) : m_res(res) {}
        int count() const;
        int columns() const;
        bool isNull(int row, int column) const;
        std::string_view view(int row, int column) const; // empty for NULL

    private:
        PGresult *m_res;
    };

    // Return false to stop the stream early (the rest is cancelled or discarded; not an error).
    using RowCallback = std::function<bool(const Row &row)>;
    // Fill `chunk` (cleared before each call, ~kChunkBytes) and say whether more follows; Abort
    // ends the COPY with an error so nothing of it is kept.
    enum class Produce { More, Done, Abort };
    using CopyProducer = std::function<Produce(std::string &chunk)>;
    // Receives COPY OUT data as libpq delivers it (one row per call for text and binary);
    // return false to stop.
    using CopyConsumer = std::function<bool(std::string_view data)>;

    // What became of a COMMIT. Unknown means the connection dropped after COMMIT may have
    // reached the server: the caller must look the work up (the ledger) to learn the truth.
    struct CommitResult
    {
        enum class Outcome { Committed, RolledBack, Unknown };
        Outcome outcome = Outcome::Unknown;
        DbError error; // why it is not Committed
        bool committed() const { return outcome == Outcome::Committed; }
        bool inDoubt() const { return outcome == Outcome::Unknown; }
    };

    static constexpr std::size_t kChunkBytes = 64 * 1024;

    // "" = libpq's PG* environment.
    static Result<std::unique_ptr<PgSession>> open(const std::string &conninfo);
    static Result<std::unique_ptr<PgSession>> open(const ConnectionProfile &profile, const QString &password);

    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    // One or more statements without parameters; returns rows affected by the last one.
    Result<std::int64_t> exec(const std::string &sql);
    // One statement with parameters (text, NULL = nullopt); all rows fetched.
    Result<PgRows> execParams(const std::string &sql, const PgParams &params = {});
    // One statement with parameters; the fetched rows are handed over in place, for results of a
    // few thousand rows read on a hot path (execParams copies every value). Returns the row count.
    Result<std::int64_t> query(const std::string &sql, const PgParams &params, const std::function<void(const Rows &)> &onRows);
    // One statement, rows handed to `onRow` one at a time (single-row mode): memory stays bounded
    // whatever the result size. Returns the number of rows delivered.
    Result<std::int64_t> streamQuery(const std::string &sql, const PgParams &params, const RowCallback &onRow);
    // `copySql` is a COPY ... FROM STDIN statement (text or binary, as it says). Returns rows copied.
    Result<std::int64_t> copyIn(const std::string &copySql, const CopyProducer &produce);
    // `copySql` is a COPY ... TO STDOUT statement. Returns the number of data messages delivered.
    Result<std::int64_t> copyOut(const std::string &copySql, const CopyConsumer &consume);

    DbError begin();
    CommitResult commit();
    DbError rollback();
    bool inTransaction() const; // inside BEGIN (also when the transaction has failed)

    // Asks the server to cancel the running statement. Thread-safe; the cancelled call returns
    // Kind::Cancelled. Returns false when the request could not be sent.
    bool cancel();

    bool isAlive() const; // as far as libpq knows; a dead server shows on the next call
    int backendPid() const;
    int serverVersion() const; // e.g. 150004
    PGconn *handle() const { return m_conn; } // for code that must talk libpq directly

    static std::string quoteIdent(const std::string &name);
    // A SQL literal, only where a parameter is impossible (DDL defaults, COPY options).
    Result<std::string> quoteLiteral(const std::string &value) const;
    // Appends one field in COPY text format (escaped; NULL as \N), without separator.
    static void appendCopyText(std::string &out, const std::optional<std::string_view> &value);

private:
    explicit PgSession(PGconn *conn);
    DbError errorFrom(PGresult *res, const QString &message, const std::string &sql) const;
    void drainResults();
    Result<std::int64_t> finishCopy(const std::string &sql, const QString &failure);

    PGconn *m_conn = nullptr;
    mutable std::mutex m_cancelMutex;
    PGcancel *m_cancel = nullptr;
};
