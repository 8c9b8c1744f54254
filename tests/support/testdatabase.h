#pragma once

#include "db/connectionprofile.h"

#include <QString>

#include <pqxx/connection>

#include <memory>

// A fresh database on the sandbox PostgreSQL for one test program, so tests can run in parallel.
// The sandbox is described by libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSFILE), which
// scripts/test.sh sets. Without it the test fails: integration tests are never silently skipped.
class TestDatabase
{
public:
    // Drops and recreates database `name` (prefixed zq_). Fails the current test when the
    // sandbox is not configured.
    explicit TestDatabase(const QString &name);
    ~TestDatabase();

    bool isReady() const { return m_ready; }
    QString name() const { return m_name; }
    // A profile pointing at this database (password comes from libpq's environment/pgpass).
    ConnectionProfile profile(const QString &profileName = QStringLiteral("test")) const;
    std::string conninfo() const;
    std::unique_ptr<pqxx::connection> connect() const;

    static bool sandboxConfigured();

private:
    QString m_name;
    bool m_ready = false;
};
