#pragma once

#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QFuture>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QThreadPool;

// What testing a connection found out. "Connected" in Zhiqiao means all three held: the server
// answered, it accepted the user and password, and the profile's adapter matches the live schema.
struct ConnectionTestResult
{
    DbError error;          // Kind::None on success
    QString serverVersion;  // e.g. "15.5" (empty when the server was not reached)
    bool tls = false;       // the session is encrypted
    QString adapterName;    // the adapter's own name, when it loaded
    QStringList adapterProblems; // AdapterProblem::toString() of each problem found
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(ConnectionTestResult)

// Tests a profile by opening a fresh connection in the calling thread, reading the server's
// version and TLS state, and checking the adapter against the live catalog. The connection is
// closed before returning: one connection per thread, never handed elsewhere.
namespace ConnectionTester {

// Blocking; for workers and zhiqiao-cli. Never throws.
ConnectionTestResult run(const ConnectionProfile &profile, const QString &password);

// Runs run() on connectionPool(); never blocks the caller.
QFuture<ConnectionTestResult> start(const ConnectionProfile &profile, const QString &password);

// A small pool of its own, so slow connection attempts (up to the connect timeout) never starve
// the global pool that heavier work uses.
QThreadPool *connectionPool();

} // namespace ConnectionTester
