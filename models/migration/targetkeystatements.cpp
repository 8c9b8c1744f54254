#include "migration/targetkeystatements.h"

#include "db/pgparam.h"
#include "migration/migrationscopereader.h"
#include "platform/adaptersql.h"
#include "platform/canonicalschema.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
DbError failure(const QString &message, const QString &detail = {})
{
    return DbError::make(DbError::Kind::AdapterInvalid, message, {}, {}, detail);
}

std::string keyColumn(int part)
{
    return PgSession::quoteIdent("k" + std::to_string(part + 1));
}

// unnest($1::text[], $2::text[]) AS "k"("k1", "k2"): one row per target key.
std::string keyRows(int parts)
{
    std::string arrays, names;
    for (int i = 0; i < parts; ++i) {
        arrays += (i ? ", $" : "$") + std::to_string(i + 1) + "::text[]";
        names += (i ? ", " : "") + keyColumn(i);
    }
    return "unnest(" + arrays + ") AS \"k\"(" + names + ")";
}

// The column's type as the catalog names it (format_type), for a cast of the text key.
Result<std::string> columnType(PgSession &s, const Adapter &target, const QString &table, const QString &column)
{
    auto rows = s.execParams("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                             " WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped",
                             {AdapterSql::table(target, table), column.toStdString()});
    if (!rows)
        return rows.error();
    if (rows->empty() || !rows->rows.front().front())
        return failure(QCoreApplication::translate("TargetKeyStatements", "The target has no key column %1 in table %2.").arg(column, table));
    return *rows->rows.front().front();
}
} // namespace

Result<TargetKeyStatements> TargetKeyStatements::forEntity(PgSession &session, const Adapter &target, const QString &entity)
{
    const AdapterEntity *e = target.entity(entity);
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
    if (!e || !e->hasWrite || !canonical)
        return failure(QCoreApplication::translate("TargetKeyStatements", "The target adapter does not say how entity \"%1\" is written.")
                           .arg(entity), target.file);

    TargetKeyStatements out;
    out.m_entity = entity;
    out.m_table = target.schema + QLatin1Char('.') + e->write.table;
    AdapterSql sql;
    std::string match;
    if (!e->write.returning.isEmpty()) {
        // The target generated the key and the insert returned it as text.
        sql.param(std::nullopt);
        auto type = columnType(session, target, e->write.table, e->write.returning.first());
        if (!type)
            return type.error();
        match = "\"t\"." + AdapterSql::ident(e->write.returning.first()) + " = (\"k\"." + keyColumn(0) + ")::" + *type;
        for (const AdapterWriteTarget &child : e->writeChildren) {
            const std::string rows = AdapterSql::table(target, child.table) + " AS \"c\"";
            const std::string childMatch = "\"c\"." + AdapterSql::ident(child.parentColumn) + " = (\"k\"." + keyColumn(0) + ")::" + *type;
            out.m_children.push_back({target.schema + QLatin1Char('.') + child.table,
                                      "DELETE FROM " + rows + " USING " + keyRows(1) + " WHERE " + childMatch,
                                      "SELECT count(*) FROM " + rows + " JOIN " + keyRows(1) + " ON " + childMatch});
        }
    } else {
        // The insert wrote the key fields itself: the same conversions turn the ledger's canonical
        // key values into column values.
        out.m_keyParts = int(canonical->keyFields.size());
        for (int i = 0; i < out.m_keyParts; ++i)
            sql.param(std::nullopt);
        for (int i = 0; i < out.m_keyParts; ++i) {
            const QString &field = canonical->keyFields.at(i);
            const auto column = std::find_if(e->write.columns.begin(), e->write.columns.end(),
                                             [&](const AdapterWriteColumn &c) { return c.field == field; });
            if (column == e->write.columns.end())
                return failure(QCoreApplication::translate("TargetKeyStatements",
                                                           "The target adapter writes entity \"%1\" without its key field %2, "
                                                           "so its rows cannot be found by key.")
                                   .arg(entity, field), target.file);
            match += (i ? " AND \"t\"." : "\"t\".") + AdapterSql::ident(column->column) + " = "
                + sql.writeExpression(*column, *canonical->field(field), "\"k\"." + keyColumn(i));
        }
    }
    const std::string rows = AdapterSql::table(target, e->write.table) + " AS \"t\"";
    out.m_delete = "DELETE FROM " + rows + " USING " + keyRows(out.m_keyParts) + " WHERE " + match;
    out.m_count = "SELECT count(*) FROM " + rows + " JOIN " + keyRows(out.m_keyParts) + " ON " + match;
    out.m_fixedParams = sql.takeParams();
    return out;
}

PgParams TargetKeyStatements::params(const QStringList &targetKeys) const
{
    std::vector<QStringList> parts(static_cast<std::size_t>(m_keyParts));
    for (const QString &key : targetKeys) {
        const QStringList split = m_keyParts == 1 ? QStringList{key} : MigrationScopeReader::splitKey(key);
        for (int i = 0; i < m_keyParts; ++i)
            parts[std::size_t(i)].append(split.value(i));
    }
    PgParams out = m_fixedParams;
    for (int i = 0; i < m_keyParts; ++i)
        out[std::size_t(i)] = PgParam::textArray(parts[std::size_t(i)]);
    return out;
}

std::vector<TargetKeyStatements::OwnerCheck> TargetKeyStatements::ownerChecks(const Adapter &target, const std::string &userKeysSql)
{
    std::vector<OwnerCheck> out;
    QStringList seen;
    auto add = [&](const QString &table, const QString &column, const QString &typeSchema, const QString &typeName) {
        const QString id = table + QLatin1Char('.') + column;
        if (table.isEmpty() || column.isEmpty() || seen.contains(id))
            return;
        seen.append(id);
        const std::string cast = AdapterSql::cast(typeSchema, typeName);
        const std::string left = "\"t\"." + AdapterSql::ident(column);
        const std::string key = "\"k\"." + keyColumn(0);
        const std::string match = cast.empty() ? left + "::text IN (SELECT " + key
                                               : left + " IN (SELECT (" + key + ")" + cast;
        out.push_back({target.schema + QLatin1Char('.') + table, "SELECT count(*) FROM " + AdapterSql::table(target, table)
                           + " AS \"t\" WHERE " + match + " FROM (" + userKeysSql + ") AS \"k\"(" + keyColumn(0) + "))"});
    };
    for (const AdapterEntity &e : target.entities) {
        if (e.name == QLatin1String("user"))
            continue;
        if (const AdapterFieldMapping *m = e.mapping(QStringLiteral("user_key"));
            m && !m->columns.isEmpty() && m->columns.first().alias == e.alias) {
            const AdapterColumnRef &c = m->columns.first();
            add(e.table, c.column, c.typeSchema, c.typeName);
        }
        if (e.hasWrite)
            for (const AdapterWriteColumn &c : e.write.columns)
                if (c.field == QLatin1String("user_key"))
                    add(e.write.table, c.column, c.typeSchema, c.typeName);
    }
    return out;
}
