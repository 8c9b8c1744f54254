#include "demo/demogenerator.h"

#include "db/pgconnection.h"
#include "demo/copywriter.h"
#include "demo/democatalog.h"
#include "demo/demodedaowriter.h"
#include "demo/demopopulation.h"
#include "demo/demoximalayawriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>

#include <libpq-fe.h>
#include <pqxx/connection>
#include <pqxx/transaction>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace {
// Rough rows per person for progress estimates (accounts, orders, progress, ~50 events...).
constexpr std::int64_t kRowsPerPersonEstimate = 58;

std::string readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw DemoLoadFailure{DbError::make(DbError::Kind::Io, QCoreApplication::translate("DemoGenerator", "A built-in demo schema is missing."), {}, {}, path)};
    return f.readAll().toStdString();
}

// indexes.sql covers both schemas; each platform's transaction runs the statements of its own.
std::string statementsFor(const std::string &sql, const std::string &schema)
{
    std::string out;
    std::size_t start = 0;
    while (start < sql.size()) {
        std::size_t end = sql.find(';', start);
        if (end == std::string::npos)
            end = sql.size();
        const std::string stmt = sql.substr(start, end - start);
        if (stmt.find(schema + ".") != std::string::npos)
            out += stmt + ";\n";
        start = end + 1;
    }
    return out;
}

void ignoreNotice(void *, const char *) {}

// Both platforms commit together or not at all (as far as two connections allow: a failure of
// the second COMMIT itself, after the first succeeded, cannot be undone). A raised stop flag vetoes
// the commit; once decided, statements are no longer cancelled (see cancelRunningStatements).
class CommitGate
{
public:
    explicit CommitGate(const std::atomic<bool> &stop) : m_stop(stop) {}

    bool arrive(bool ok)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_allOk = m_allOk && ok;
        if (++m_arrived == 2) {
            m_allOk = m_allOk && !m_stop.load();
            m_decided = true;
        }
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_decided; });
        return m_allOk;
    }

    void registerConnection(PGconn *conn)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancels.push_back(PQgetCancel(conn));
    }

    // Interrupts what the loading connections are running (a long CREATE INDEX, a COPY) so a
    // cancel does not wait for the statement; skipped once the commit decision has been taken.
    void cancelRunningStatements()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_decided)
            return;
        char errbuf[256];
        for (PGcancel *c : m_cancels)
            PQcancel(c, errbuf, sizeof errbuf);
    }

    ~CommitGate()
    {
        for (PGcancel *c : m_cancels)
            PQfreeCancel(c);
    }

private:
    const std::atomic<bool> &m_stop;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<PGcancel *> m_cancels;
    int m_arrived = 0;
    bool m_allOk = true;
    bool m_decided = false;
};

struct PlatformRun
{
    DbError error;
    std::vector<std::pair<std::string, std::int64_t>> counts;
};

void loadPlatform(const DemoSeedOptions &options, const DemoPopulation &population, DemoCatalog::Platform platform,
                  DemoProgressSink &progress, std::atomic<bool> &abortOther, CommitGate &gate, PlatformRun &run)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(options.conninfo.c_str()), &PQfinish);
    bool loaded = false;
    try {
        if (PQstatus(conn.get()) != CONNECTION_OK)
            throw DemoLoadFailure{DbError::fromConnectFailure(PQerrorMessage(conn.get()))};
        PQsetNoticeProcessor(conn.get(), ignoreNotice, nullptr); // DROP ... CASCADE chatter
        gate.registerConnection(conn.get());
        const bool dedao = platform == DemoCatalog::Dedao;
        std::unique_ptr<DemoPlatformWriter> writer;
        if (dedao)
            writer = std::make_unique<DemoDedaoWriter>(population, conn.get(), progress);
        else
            writer = std::make_unique<DemoXimalayaWriter>(population, conn.get(), progress);
        CopyWriter::exec(conn.get(), "BEGIN", "BEGIN");
        CopyWriter::exec(conn.get(), readResource(dedao ? QStringLiteral(":/demo/dedao.sql") : QStringLiteral(":/demo/ximalaya.sql")),
                         "schema");
        writer->writeTables();
        progress.setPhase(platform, QCoreApplication::translate("DemoGenerator", "%1 indexes").arg(QString::fromLatin1(writer->schema())));
        CopyWriter::exec(conn.get(), statementsFor(readResource(QStringLiteral(":/demo/indexes.sql")), writer->schema()),
                         "indexes");
        CopyWriter::exec(conn.get(), writer->sequenceSql(), "sequences");
        run.counts = writer->counts();
        loaded = true;
    } catch (const DemoLoadFailure &f) {
        run.error = f.error;
    } catch (const std::exception &e) {
        run.error = DbError::fromException(e);
    }
    if (!loaded)
        abortOther = true; // the other platform stops at its next chunk
    const bool commit = gate.arrive(loaded);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return;
    try {
        CopyWriter::exec(conn.get(), commit ? "COMMIT" : "ROLLBACK", commit ? "COMMIT" : "ROLLBACK");
    } catch (const DemoLoadFailure &f) {
        if (!run.error.isError())
            run.error = f.error;
    }
}
} // namespace

DemoGenerator::DemoGenerator(DemoSeedOptions options)
    : m_options(std::move(options))
{
}

QStringList DemoGenerator::tables()
{
    return {QStringLiteral("dedao.courses"), QStringLiteral("dedao.users"), QStringLiteral("dedao.orders"),
            QStringLiteral("dedao.refunds"), QStringLiteral("dedao.study_progress"), QStringLiteral("dedao.user_actions"),
            QStringLiteral("dedao.vip_members"), QStringLiteral("dedao.user_consents"),
            QStringLiteral("ximalaya.category"), QStringLiteral("ximalaya.album"), QStringLiteral("ximalaya.account"),
            QStringLiteral("ximalaya.purchase"), QStringLiteral("ximalaya.listen_progress"),
            QStringLiteral("ximalaya.behavior_log"), QStringLiteral("ximalaya.vip_subscription"),
            QStringLiteral("ximalaya.privacy_consent")};
}

Result<DemoSeedSummary> DemoGenerator::seed(const DemoProgressSink::Callback &progress, const std::atomic<bool> *cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.users == 0)
        return DbError::make(DbError::Kind::Other, QCoreApplication::translate("DemoGenerator", "The demo needs at least one user."));

    const DemoCatalog catalog(m_options.seed, m_options.users);
    const DemoPopulation population(m_options.seed, m_options.users, catalog);

    // One flag for both threads: raised by the caller's cancel or by a failing platform.
    std::atomic<bool> stop{false};
    std::atomic<bool> watcherDone{false};
    DemoProgressSink sink(progress, &stop, static_cast<std::int64_t>(m_options.users) * kRowsPerPersonEstimate);
    CommitGate gate(stop);
    PlatformRun runs[2];

    // Turns the caller's cancel (or one platform's failure) into a stop of both threads: they
    // notice it between chunks, and running statements are interrupted on the server.
    std::thread watcher([&] {
        bool interrupted = false;
        while (!watcherDone.load()) {
            if (cancel && cancel->load())
                stop = true;
            if (stop.load() && !interrupted) {
                gate.cancelRunningStatements();
                interrupted = true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    std::thread dedao([&] { loadPlatform(m_options, population, DemoCatalog::Dedao, sink, stop, gate, runs[0]); });
    loadPlatform(m_options, population, DemoCatalog::Ximalaya, sink, stop, gate, runs[1]);
    dedao.join();
    watcherDone = true;
    watcher.join();

    if (cancel && cancel->load() && (runs[0].error.isError() || runs[1].error.isError()))
        return DbError::make(DbError::Kind::Cancelled, QCoreApplication::translate("DemoGenerator", "Creating the demo data was cancelled; the previous data is unchanged."));
    // Report the root cause, not the other platform's consequent "cancelled".
    for (const PlatformRun &r : runs) {
        if (r.error.isError() && r.error.kind != DbError::Kind::Cancelled)
            return r.error;
    }
    for (const PlatformRun &r : runs) {
        if (r.error.isError())
            return r.error;
    }
    DemoSeedSummary summary;
    for (const PlatformRun &r : runs) {
        for (const auto &[table, rows] : r.counts) {
            summary.tableRows.emplace_back(QString::fromStdString(table), rows);
            summary.totalRows += rows;
        }
    }
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

Result<QString> DemoGenerator::checksum(pqxx::connection &conn)
{
    try {
        pqxx::work tx(conn);
        // Row text must not depend on the session: timestamptz renders in the session zone.
        tx.exec0("SET LOCAL TimeZone = 'UTC'");
        tx.exec0("SET LOCAL DateStyle = 'ISO, YMD'");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &table : tables()) {
            const pqxx::row r = tx.exec1(
                "SELECT count(*), coalesce(sum(('x' || substr(md5(t::text), 1, 16))::bit(64)::bigint::numeric), 0) FROM "
                + table.toStdString() + " t");
            hash.addData(table.toUtf8() + ':' + QByteArray(r[0].c_str()) + ':' + QByteArray(r[1].c_str()) + '\n');
        }
        tx.commit();
        return QString::fromLatin1(hash.result().toHex());
    } catch (const std::exception &e) {
        return DbError::fromException(e);
    }
}

Result<QString> DemoGenerator::checksum(const std::string &conninfo)
{
    auto conn = PgConnection::openConninfo(conninfo);
    if (!conn)
        return conn.error();
    return checksum(*conn.value());
}
