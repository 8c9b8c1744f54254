#include "testdatabase.h"

#include "db/connectionmanager.h"

#include "db/pgconnection.h"

#include <QFile>
#include <QTest>
#include <QtGlobal>

#include <pqxx/nontransaction>

namespace {
std::string adminConninfo()
{
    return "dbname=" + qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")).toStdString();
}
} // namespace

bool TestDatabase::sandboxConfigured()
{
    return !qEnvironmentVariableIsEmpty("PGHOST") && !qEnvironmentVariableIsEmpty("PGPORT");
}

TestDatabase::TestDatabase(const QString &name)
    : m_name(QStringLiteral("zq_") + name.toLower())
{
    if (!sandboxConfigured()) {
        QTest::qFail("PGHOST/PGPORT are not set: run the tests through scripts/test.sh, which "
                     "starts the PostgreSQL sandbox.", __FILE__, __LINE__);
        return;
    }
    try {
        pqxx::connection admin(adminConninfo());
        pqxx::nontransaction tx(admin);
        const std::string q = PgConnection::quoteIdent(m_name.toStdString());
        tx.exec0("DROP DATABASE IF EXISTS " + q + " WITH (FORCE)");
        tx.exec0("CREATE DATABASE " + q);
        m_ready = true;
    } catch (const std::exception &e) {
        QTest::qFail(qPrintable(QStringLiteral("cannot create test database: %1").arg(QString::fromUtf8(e.what()))),
                     __FILE__, __LINE__);
    }
}

TestDatabase::~TestDatabase()
{
    // Left in place on purpose: a failed test's data can be inspected until the sandbox stops.
}

QString TestDatabase::connectPlatform(ConnectionManager &manager, const QString &platform, const QString &name) const
{
    ConnectionProfile p = profile(platform);
    p.id.clear();
    p.name = name;
    if (auto old = manager.profileByName(name))
        manager.removeProfile(old->id);
    p.adapterPath = QStringLiteral(":/adapters/%1.json").arg(platform);
    auto saved = manager.saveProfile(p);
    if (!saved.ok())
        qFatal("cannot save profile %s: %s", qPrintable(name), qPrintable(saved.error().message));
    manager.connectProfile(saved->id);
    return saved->id;
}

ConnectionProfile TestDatabase::profile(const QString &profileName) const
{
    ConnectionProfile p;
    p.id = profileName;
    p.name = profileName;
    p.host = qEnvironmentVariable("PGHOST");
    p.port = qEnvironmentVariableIntValue("PGPORT");
    p.database = m_name;
    p.user = qEnvironmentVariable("PGUSER");
    p.sslMode = QStringLiteral("disable");
    p.environment = QStringLiteral("test");
    return p;
}

std::string TestDatabase::conninfo() const
{
    return "dbname='" + m_name.toStdString() + "'"; // names are zq_[a-z0-9_]+
}

std::unique_ptr<pqxx::connection> TestDatabase::connect() const
{
    return std::make_unique<pqxx::connection>(conninfo());
}

bool TestDatabase::exec(const std::string &sql) const
{
    try {
        auto conn = connect();
        pqxx::nontransaction tx(*conn);
        tx.exec0(sql);
        return true;
    } catch (const std::exception &e) {
        QTest::qFail(qPrintable(QStringLiteral("SQL failed: %1").arg(QString::fromUtf8(e.what()))), __FILE__, __LINE__);
        return false;
    }
}

bool TestDatabase::createDemoSchema(const QString &platform) const
{
    QFile f(QStringLiteral(":/demo/%1.sql").arg(platform));
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("no built-in schema for %1").arg(platform)), __FILE__, __LINE__);
        return false;
    }
    return exec(f.readAll().toStdString());
}

bool TestDatabase::createReadOnlyRole(const std::string &role, const std::string &password, const std::string &schema) const
{
    const std::string r = PgConnection::quoteIdent(role);
    const std::string s = PgConnection::quoteIdent(schema);
    std::string literal = "'";
    for (char c : password)
        literal += (c == '\'' ? std::string("''") : std::string(1, c));
    literal += "'";
    return exec("DROP ROLE IF EXISTS " + r + "; CREATE ROLE " + r + " LOGIN PASSWORD " + literal
                + "; GRANT USAGE ON SCHEMA " + s + " TO " + r + "; GRANT SELECT ON ALL TABLES IN SCHEMA " + s
                + " TO " + r + ";");
}
