#pragma once

#include "db/result.h"
#include "platform/adapter.h"

#include <QMap>
#include <QString>

#include <pqxx/connection>

class IdentityLinker;

// Headline figures of one platform, read through its adapter: rows per canonical entity and the
// people in it for overlap with other platforms. Synchronous: call from a worker thread.
namespace PlatformSummary {

// Rows per canonical entity the adapter maps (user, item, order, event, ...).
Result<QMap<QString, qlonglong>> entityCounts(pqxx::connection &conn, const Adapter &adapter);

// Adds every user of the platform (key, e-mail, phone) to the linker, paging through the user
// entity; the linker's platform label is `platformLabel`. Returns the number of users added.
Result<qlonglong> addUsers(pqxx::connection &conn, const Adapter &adapter, const QString &platformLabel,
                           IdentityLinker &linker, int pageSize = 20000);

} // namespace PlatformSummary
