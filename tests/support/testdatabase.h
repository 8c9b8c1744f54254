#pragma once

#include "db/connectionprofile.h"

#include <QString>

#include <pqxx/connection>

#include <memory>

class ConnectionManager;

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
    // Saves a connection called `name` to this database with the built-in adapter of `platform`
    // (:/adapters/<platform>.json), replacing one of that name left by an earlier run, and starts
    // connecting. Returns the profile id.
    QString connectPlatform(ConnectionManager &manager, const QString &platform, const QString &name) const;
    std::unique_ptr<pqxx::connection> connect() const;

    // Runs SQL statements (no results) in this database; fails the current test on error.
    bool exec(const std::string &sql) const;
    // Creates the empty demo platform schemas from the built-in resources (:/demo/<name>.sql).
    bool createDemoSchema(const QString &platform) const;
    // A login role (cluster-wide: give each test program its own name) that may read `schema`.
    bool createReadOnlyRole(const std::string &role, const std::string &password, const std::string &schema) const;

    static bool sandboxConfigured();

private:
    QString m_name;
    bool m_ready = false;
};
