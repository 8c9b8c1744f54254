#include "platform/adaptersession.h"

#include "db/pgconnection.h"
#include "platform/adapterloader.h"

#include <QCoreApplication>

namespace {

Result<AdapterSession> finish(Result<std::shared_ptr<pqxx::connection>> conn, const QString &adapterPath,
                              Result<std::unique_ptr<PgSession>> session)
{
    if (!conn.ok())
        return conn.error();
    AdapterLoadResult loaded = AdapterLoader::load(adapterPath, **conn);
    if (!loaded.ok())
        return DbError::make(DbError::Kind::AdapterMismatch,
                             QCoreApplication::translate("AdapterSession", "The adapter does not match the database."),
                             loaded.problemsText());
    if (!session.ok())
        return session.error();
    return AdapterSession{std::move(*session), std::move(*loaded.adapter)};
}

} // namespace

Result<AdapterSession> AdapterSession::open(const std::string &conninfo, const QString &adapterPath)
{
    return finish(PgConnection::openConninfo(conninfo), adapterPath, PgSession::open(conninfo));
}

Result<AdapterSession> AdapterSession::open(const ConnectionProfile &profile, const QString &password)
{
    return finish(PgConnection::open(profile, password), profile.adapterPath, PgSession::open(profile, password));
}
