#include "migration/targetrecordkeys.h"

#include "migration/migrationscopereader.h"
#include "platform/canonicalschema.h"
#include "platform/entitykeyreader.h"

namespace TargetRecordKeys {

QString compositeKey(const CanonicalRecord &record)
{
    QStringList parts;
    if (const CanonicalEntity *e = record.entity())
        for (const QString &f : e->keyFields)
            parts.append(record.value(f).isNull() ? QString() : record.value(f).toQString());
    return MigrationScopeReader::joinKey(parts);
}

bool applies(const QString &entity)
{
    const CanonicalEntity *e = CanonicalSchema::entity(entity);
    return e && e->keyFields.size() > 1 && e->keyFields.first() == QLatin1String("user_key");
}

Result<QSet<QString>> existing(PgSession &session, const Adapter &target, const QString &entity,
                               const QStringList &targetUsers)
{
    QSet<QString> out;
    if (targetUsers.isEmpty() || !applies(entity) || !target.entity(entity))
        return out;
    constexpr int kPage = 5000;
    QStringList after;
    for (;;) {
        auto page = EntityKeyReader::readWhereFieldIn(session, target, entity, QStringLiteral("user_key"), targetUsers, kPage, after);
        if (!page)
            return page.error();
        for (const EntityKeyReader::KeyedRecord &r : *page)
            out.insert(compositeKey(r.record));
        if (page->size() < kPage)
            return out;
        after = page->last().key;
    }
}

} // namespace TargetRecordKeys
