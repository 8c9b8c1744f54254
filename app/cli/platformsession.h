#pragma once

#include "db/result.h"
#include "platform/adapterloader.h"

#include <QCommandLineParser>
#include <QString>

#include <pqxx/connection>

#include <memory>

// What `read` and `adapter check` need: a connection to one platform and its adapter, chosen
// either by a saved profile (--platform NAME) or by a libpq connection string plus adapter file
// (--dsn CONNINFO --adapter FILE; an empty --dsn means libpq's PG* environment).
class PlatformSession
{
public:
    static void addOptions(QCommandLineParser &parser);
    static bool wantsDatabase(const QCommandLineParser &parser);

    // Connects; the adapter file is --adapter, else the profile's adapter. Fails with a message
    // in plain words.
    Result<bool> open(const QCommandLineParser &parser);
    pqxx::connection &connection() { return *m_connection; }
    QString adapterPath() const { return m_adapterPath; }
    QString platformName() const { return m_platformName; }

private:
    std::shared_ptr<pqxx::connection> m_connection;
    QString m_adapterPath;
    QString m_platformName;
};
