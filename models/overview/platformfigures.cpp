#include "overview/platformfigures.h"

#include "db/connectiontester.h"
#include "db/pgconnection.h"
#include "overview/platformsummary.h"
#include "platform/adapterloader.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace PlatformFigures {

Result<Counts> count(const ConnectionProfile &profile, const QString &password)
{
    auto conn = PgConnection::open(profile, password);
    if (!conn.ok())
        return conn.error();
    const AdapterLoadResult loaded = AdapterLoader::load(profile.adapterPath, *conn.value());
    if (!loaded.ok())
        return DbError::make(DbError::Kind::AdapterMismatch,
                             QCoreApplication::translate("PlatformFigures", "The adapter does not match the database."),
                             loaded.problemsText());
    return PlatformSummary::entityCounts(*conn.value(), *loaded.adapter);
}

QFuture<Result<Counts>> start(const ConnectionProfile &profile, const QString &password)
{
    return QtConcurrent::run(ConnectionTester::connectionPool(), [profile, password] { return count(profile, password); });
}

} // namespace PlatformFigures
