#include "overview/platformsummary.h"

#include "identity/identitylinker.h"
#include "platform/entityreader.h"

namespace PlatformSummary {

Result<QMap<QString, qlonglong>> entityCounts(pqxx::connection &conn, const Adapter &adapter)
{
    QMap<QString, qlonglong> counts;
    for (auto it = adapter.entities.cbegin(); it != adapter.entities.cend(); ++it) {
        const Result<qlonglong> n = EntityReader::count(conn, adapter, it.key());
        if (!n.ok())
            return n.error();
        counts.insert(it.key(), n.value());
    }
    return counts;
}

Result<qlonglong> addUsers(pqxx::connection &conn, const Adapter &adapter, const QString &platformLabel,
                           IdentityLinker &linker, int pageSize)
{
    qlonglong added = 0;
    QStringList after;
    for (;;) {
        Result<EntityPage> page = EntityReader::read(conn, adapter, QStringLiteral("user"), pageSize, after);
        if (!page.ok())
            return page.error();
        for (const QVariantMap &r : page->records) {
            linker.add({platformLabel, r.value(QStringLiteral("user_key")).toString(),
                        r.value(QStringLiteral("email")).toString(), r.value(QStringLiteral("phone")).toString()});
            ++added;
        }
        if (page->records.size() < pageSize)
            break;
        after = page->lastKey;
    }
    return added;
}

} // namespace PlatformSummary
