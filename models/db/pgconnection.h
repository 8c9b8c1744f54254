#pragma once

#include "db/connectionprofile.h"
#include "db/result.h"

#include <pqxx/connection>

#include <memory>

// Opening connections. One connection per thread: callers open their own in the worker that
// uses it and never hand it to another thread.
namespace PgConnection {

// Opens a connection for a saved profile. Never throws; failures are classified DbErrors.
Result<std::shared_ptr<pqxx::connection>> open(const ConnectionProfile &profile, const QString &password);

// Opens a connection from a raw libpq connection string ("" = libpq's PG* environment).
Result<std::shared_ptr<pqxx::connection>> openConninfo(const std::string &conninfo);

// Quotes an identifier (schema, table, column) for SQL text: always double quotes, inner quotes
// doubled. Identifiers reach SQL only through this.
std::string quoteIdent(const std::string &name);

} // namespace PgConnection
