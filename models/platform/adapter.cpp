#include "platform/adapter.h"

const AdapterFieldMapping *AdapterEntity::mapping(const QString &fieldName) const
{
    const auto it = fields.constFind(fieldName);
    return it == fields.constEnd() ? nullptr : &*it;
}

QString AdapterEntity::tableOfAlias(const QString &tableAlias) const
{
    if (tableAlias == alias)
        return table;
    for (const AdapterJoin &j : joins) {
        if (j.alias == tableAlias)
            return j.table;
    }
    return {};
}

const AdapterEntity *Adapter::entity(const QString &entityName) const
{
    const auto it = entities.constFind(entityName);
    return it == entities.constEnd() ? nullptr : &*it;
}
