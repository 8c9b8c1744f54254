#pragma once

#include "db/connectionprofile.h"
#include "db/result.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>

// Helpers shared by zhiqiao-cli's commands: finding a saved platform and its password the same
// way the GUI does, and reading secrets from the terminal without echo.
namespace CliSupport {

struct Platform
{
    ConnectionProfile profile;
    QString password; // empty: libpq uses PGPASSWORD or its pgpass file
};

// The saved profile called `name` (exact, then case-insensitive; an id works too) and its
// password, looked up in this order: the OS keychain, ZHIQIAO_PASSWORD, and - only when stdin
// is a terminal and the server says a password is needed - a prompt with echo off. When stdin is
// not a terminal nobody is asked: the password stays empty and libpq uses its own sources.
Result<Platform> resolvePlatform(const QString &name);

bool stdinIsTerminal();
// Prints `prompt` to stderr and reads one line from the terminal with echo off.
QString promptPassword(const QString &prompt);
// One line from stdin without its line ending (--password-stdin).
QString readStdinLine();

// Waits for a future whose work needs this thread's event loop (keychain jobs). A local event
// loop, for the command-line tool only: the GUI never waits like this.
template <class T>
T waitFor(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace CliSupport
