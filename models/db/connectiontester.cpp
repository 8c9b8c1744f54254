#include "db/connectiontester.h"

#include "core/backgroundpool.h"
#include "db/pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <pqxx/nontransaction>

#include "platform/adapterloader.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionTester", text);
}

void readServerFacts(pqxx::connection &conn, ConnectionTestResult &result)
{
    pqxx::nontransaction tx(conn);
    const pqxx::row row = tx.exec1(
        "SELECT current_setting('server_version'),"
        " coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)");
    // "15.20 (Debian 15.20-0+deb12u1)": the number is what people compare.
    result.serverVersion = QString::fromStdString(row[0].as<std::string>()).section(QLatin1Char(' '), 0, 0);
    result.tls = row[1].as<bool>();
}

void checkAdapter(const ConnectionProfile &profile, pqxx::connection &conn, ConnectionTestResult &result)
{
    if (profile.adapterPath.trimmed().isEmpty()) {
        result.error = DbError::make(DbError::Kind::AdapterInvalid,
            tr("No adapter file is chosen for this connection, so Zhiqiao cannot read this platform."));
        return;
    }
    const AdapterLoadResult loaded = AdapterLoader::load(profile.adapterPath, conn);
    if (loaded.adapter)
        result.adapterName = loaded.adapter->platform;
    for (const AdapterProblem &problem : loaded.problems)
        result.adapterProblems << problem.toString();
    if (loaded.ok())
        return;
    // No adapter at all means the file itself is unreadable or malformed; an adapter with
    // problems parsed fine but names tables, columns or types the database does not have.
    if (!loaded.adapter)
        result.error = DbError::make(DbError::Kind::AdapterInvalid,
            tr("The adapter file cannot be used: it is missing or not a valid Zhiqiao adapter."),
            result.adapterProblems.join(QLatin1Char('\n')), {}, profile.adapterPath);
    else
        result.error = DbError::make(DbError::Kind::AdapterMismatch,
            tr("The adapter file does not match this database: it names tables or columns the database does not have."),
            result.adapterProblems.join(QLatin1Char('\n')), {}, profile.adapterPath);
}
} // namespace

namespace ConnectionTester {

ConnectionTestResult run(const ConnectionProfile &profile, const QString &password)
{
    ConnectionTestResult result;
    QElapsedTimer timer;
    timer.start();
    try {
        auto opened = PgConnection::open(profile, password);
        if (!opened) {
            result.error = opened.error();
        } else {
            pqxx::connection &conn = **opened;
            readServerFacts(conn, result);
            checkAdapter(profile, conn, result);
        }
    } catch (const std::exception &e) {
        result.error = DbError::fromException(e);
    } catch (...) {
        result.error = DbError::make(DbError::Kind::Other, tr("An unexpected error occurred while testing the connection."));
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

QFuture<ConnectionTestResult> start(const ConnectionProfile &profile, const QString &password)
{
    return QtConcurrent::run(connectionPool(), [profile, password] { return run(profile, password); });
}

QThreadPool *connectionPool()
{
    // Waited for when the application ends: at worst a connect attempt's timeout.
    static QThreadPool *pool = backgroundPool(QStringLiteral("ZhiqiaoConnectionPool"), 4);
    return pool;
}

} // namespace ConnectionTester
