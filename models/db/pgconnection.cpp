#include "db/pgconnection.h"

#include <pqxx/except>

namespace PgConnection {

Result<std::shared_ptr<pqxx::connection>> openConninfo(const std::string &conninfo)
{
    try {
        return std::make_shared<pqxx::connection>(conninfo);
    } catch (const pqxx::broken_connection &e) {
        return DbError::fromConnectFailure(e.what());
    } catch (const std::exception &e) {
        return DbError::fromException(e);
    }
}

Result<std::shared_ptr<pqxx::connection>> open(const ConnectionProfile &profile, const QString &password)
{
    return openConninfo(profile.conninfo(password));
}

std::string quoteIdent(const std::string &name)
{
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace PgConnection
