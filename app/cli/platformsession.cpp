#include "platformsession.h"

#include "clisupport.h"

#include "db/pgconnection.h"

#include <QCoreApplication>

#include <pqxx/connection>

void PlatformSession::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("platform"), QCoreApplication::translate("PlatformSession", "Saved connection profile to use."),
         QStringLiteral("name")},
        {QStringLiteral("dsn"), QCoreApplication::translate("PlatformSession",
             "libpq connection string instead of a profile (\"\" = the PG* environment)."), QStringLiteral("conninfo")},
        {QStringLiteral("adapter"), QCoreApplication::translate("PlatformSession",
             "Adapter file (or :/adapters/<name>.json); default: the profile's adapter."), QStringLiteral("file")},
    });
}

bool PlatformSession::wantsDatabase(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("platform")) || parser.isSet(QStringLiteral("dsn"));
}

Result<bool> PlatformSession::open(const QCommandLineParser &parser)
{
    m_adapterPath = parser.value(QStringLiteral("adapter"));
    if (parser.isSet(QStringLiteral("platform"))) {
        Result<CliSupport::Platform> platform = CliSupport::resolvePlatform(parser.value(QStringLiteral("platform")));
        if (!platform)
            return platform.error();
        m_platformName = platform->profile.name;
        if (m_adapterPath.isEmpty())
            m_adapterPath = platform->profile.adapterPath;
        auto conn = PgConnection::open(platform->profile, platform->password);
        if (!conn)
            return conn.error();
        m_connection = conn.value();
    } else {
        auto conn = PgConnection::openConninfo(parser.value(QStringLiteral("dsn")).toStdString());
        if (!conn)
            return conn.error();
        m_connection = conn.value();
        m_platformName = parser.value(QStringLiteral("dsn"));
    }
    if (m_adapterPath.isEmpty())
        return DbError::make(DbError::Kind::AdapterInvalid, QCoreApplication::translate("PlatformSession",
                                 "No adapter file: give --adapter FILE, or a --platform whose profile names one."));
    return true;
}
