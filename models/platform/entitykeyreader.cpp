#include "platform/entitykeyreader.h"

#include "db/pgparam.h"
#include "platform/adaptersql.h"
#include "platform/entityreader.h"

#include <QCoreApplication>



namespace {

DbError problem(const Adapter &adapter, const QString &message)
{
    return DbError::make(DbError::Kind::AdapterInvalid, message, {}, {}, adapter.file);
}

// "::schema.type[]" for an array of the column's type; text[] when the type is unknown.
std::string arrayCast(const AdapterColumnRef &ref)
{
    const std::string cast = AdapterSql::cast(ref.typeSchema, ref.typeName);
    return (cast.empty() ? std::string("::text") : cast) + "[]";
}

std::string selectList(AdapterSql &sql, const AdapterEntity &entity, const CanonicalEntity &canonical)
{
    std::string select = "SELECT ";
    for (int i = 0; i < entity.key.size(); ++i)
        select += (i ? ", " : "") + std::string("(") + AdapterSql::column(entity.key[i]) + ")::text";
    for (const CanonicalField &f : canonical.fields) {
        if (const AdapterFieldMapping *m = entity.mapping(f.name))
            select += ", " + sql.readExpression(*m, f);
    }
    return select;
}

std::string orderBy(const AdapterEntity &entity)
{
    std::string order;
    for (int i = 0; i < entity.key.size(); ++i)
        order += (i ? ", " : "") + AdapterSql::column(entity.key[i]);
    return " ORDER BY " + order;
}

Result<QList<EntityKeyReader::KeyedRecord>> run(PgSession &session, const Adapter &adapter, const QString &entityName,
                                                const std::string &sqlText, const PgParams &params)
{
    QList<EntityKeyReader::KeyedRecord> out;
    auto done = session.query(sqlText, params, [&](const PgSession::Rows &rows) {
        out = EntityKeyReader::parseRows(rows, adapter, entityName);
    });
    if (!done) {
        DbError error = done.error();
        error.detail = adapter.file + QStringLiteral(": ") + entityName;
        return error;
    }
    return out;
}

Result<const AdapterEntity *> checkedEntity(const Adapter &adapter, const QString &entityName)
{
    if (!adapter.catalogChecked)
        return DbError::make(DbError::Kind::AdapterMismatch,
                             QCoreApplication::translate("EntityReader",
                                 "The adapter for %1 has not passed the check against this database.").arg(adapter.platform),
                             {}, {}, adapter.file);
    const AdapterEntity *entity = CanonicalSchema::entity(entityName) ? adapter.entity(entityName) : nullptr;
    if (!entity)
        return problem(adapter, QCoreApplication::translate("EntityReader", "The adapter for %1 does not describe entity \"%2\".")
                                    .arg(adapter.platform, entityName));
    return entity;
}

} // namespace

namespace EntityKeyReader {

Result<QList<KeyedRecord>> readByKeys(PgSession &session, const Adapter &adapter, const QString &entityName,
                                      const QList<QStringList> &keys)
{
    Result<const AdapterEntity *> found = checkedEntity(adapter, entityName);
    if (!found)
        return found.error();
    const AdapterEntity &entity = **found;
    const int width = int(entity.key.size());
    QList<KeyedRecord> all;
    for (int start = 0; start < keys.size(); start += kBatchKeys) {
        const int end = std::min<int>(int(keys.size()), start + kBatchKeys);
        // One array per key column, element i of each forming key i.
        std::vector<QStringList> columns(static_cast<std::size_t>(width));
        for (int k = start; k < end; ++k) {
            if (keys[k].size() != width)
                return problem(adapter, QCoreApplication::translate("EntityReader", "The key of %1 has %n value(s).", nullptr, width)
                                            .arg(entityName));
            for (int c = 0; c < width; ++c)
                columns[std::size_t(c)].append(keys[k][c]);
        }
        AdapterSql sql;
        std::string text = selectList(sql, entity, *CanonicalSchema::entity(entityName)) + AdapterSql::from(adapter, entity);
        if (width == 1) {
            text += " WHERE " + AdapterSql::column(entity.key[0]) + " = ANY(" + sql.param(PgParam::textArray(columns[0]))
                + arrayCast(entity.key[0]) + ")";
        } else {
            std::string left, arrays;
            for (int c = 0; c < width; ++c) {
                left += (c ? ", " : "") + AdapterSql::column(entity.key[c]);
                arrays += (c ? ", " : "") + sql.param(PgParam::textArray(columns[std::size_t(c)])) + arrayCast(entity.key[c]);
            }
            text += " WHERE (" + left + ") IN (SELECT * FROM unnest(" + arrays + "))";
        }
        text += orderBy(entity);
        auto rows = run(session, adapter, entityName, text, sql.takeParams());
        if (!rows)
            return rows.error();
        all.append(std::move(*rows));
    }
    return all;
}

Result<QList<KeyedRecord>> readWhereFieldIn(PgSession &session, const Adapter &adapter, const QString &entityName,
                                            const QString &field, const QStringList &values, int limit,
                                            const QStringList &after)
{
    Result<const AdapterEntity *> found = checkedEntity(adapter, entityName);
    if (!found)
        return found.error();
    const AdapterEntity &entity = **found;
    const AdapterFieldMapping *m = entity.mapping(field);
    if (!m || m->columns.size() != 1)
        return problem(adapter, QCoreApplication::translate("EntityReader", "The adapter for %1 does not map %2.%3 to one column.")
                                    .arg(adapter.platform, entityName, field));
    if (!after.isEmpty() && after.size() != entity.key.size())
        return problem(adapter, QCoreApplication::translate("EntityReader", "The key of %1 has %n value(s).", nullptr,
                                                            int(entity.key.size())).arg(entityName));
    AdapterSql sql;
    std::string text = selectList(sql, entity, *CanonicalSchema::entity(entityName)) + AdapterSql::from(adapter, entity)
        + " WHERE " + AdapterSql::column(m->columns[0]) + " = ANY(" + sql.param(PgParam::textArray(values))
        + arrayCast(m->columns[0]) + ")";
    if (!after.isEmpty()) {
        std::string left, right;
        for (int i = 0; i < entity.key.size(); ++i) {
            const AdapterColumnRef &k = entity.key[i];
            left += (i ? ", " : "") + AdapterSql::column(k);
            right += (i ? ", " : "") + sql.param(after[i].toStdString()) + AdapterSql::cast(k.typeSchema, k.typeName);
        }
        text += " AND (" + left + ") > (" + right + ")";
    }
    text += orderBy(entity) + " LIMIT " + sql.param(std::to_string(limit));
    return run(session, adapter, entityName, text, sql.takeParams());
}

Result<std::int64_t> readByKeyValues(PgSession &session, const Adapter &adapter, const QString &entityName,
                                     const std::vector<std::string> &keys,
                                     const std::function<void(std::string_view key, CanonicalRecord &&record)> &onRecord)
{
    Result<const AdapterEntity *> found = checkedEntity(adapter, entityName);
    if (!found)
        return found.error();
    const AdapterEntity &entity = **found;
    if (entity.key.size() != 1)
        return problem(adapter, QCoreApplication::translate("EntityReader", "The key of %1 has %n value(s).", nullptr,
                                                            int(entity.key.size())).arg(entityName));
    const CanonicalEntity &canonical = *CanonicalSchema::entity(entityName);
    const std::vector<char> mapped = EntityReader::mappedFields(entity, canonical);
    std::int64_t n = 0;
    for (std::size_t start = 0; start < keys.size(); start += std::size_t(kBatchKeys)) {
        const std::vector<std::string> part(keys.begin() + std::ptrdiff_t(start),
                                            keys.begin() + std::ptrdiff_t(std::min(keys.size(), start + std::size_t(kBatchKeys))));
        AdapterSql sql;
        const std::string text = selectList(sql, entity, canonical) + AdapterSql::from(adapter, entity) + " WHERE "
            + AdapterSql::column(entity.key[0]) + " = ANY(" + sql.param(PgParam::textArray(part)) + arrayCast(entity.key[0]) + ")";
        auto done = session.query(text, sql.takeParams(), [&](const PgSession::Rows &rows) {
            for (int r = 0; r < rows.count(); ++r)
                onRecord(rows.view(r, 0), EntityReader::recordFromRow(rows, r, 1, mapped, canonical));
        });
        if (!done) {
            DbError error = done.error();
            error.detail = adapter.file + QStringLiteral(": ") + entityName;
            return error;
        }
        n += *done;
    }
    return n;
}

Result<std::string> selectFrom(AdapterSql &sql, const Adapter &adapter, const QString &entityName)
{
    Result<const AdapterEntity *> found = checkedEntity(adapter, entityName);
    if (!found)
        return found.error();
    return selectList(sql, **found, *CanonicalSchema::entity(entityName)) + AdapterSql::from(adapter, **found);
}

QList<KeyedRecord> parseRows(const PgSession::Rows &rows, const Adapter &adapter, const QString &entityName)
{
    const AdapterEntity &entity = *adapter.entity(entityName);
    const CanonicalEntity &canonical = *CanonicalSchema::entity(entityName);
    const std::vector<char> mapped = EntityReader::mappedFields(entity, canonical);
    const int keyCount = int(entity.key.size());
    QList<KeyedRecord> out;
    out.reserve(rows.count());
    for (int r = 0; r < rows.count(); ++r) {
        KeyedRecord k;
        for (int i = 0; i < keyCount; ++i)
            k.key.append(QString::fromUtf8(rows.view(r, i).data(), qsizetype(rows.view(r, i).size())));
        k.record = EntityReader::recordFromRow(rows, r, keyCount, mapped, canonical);
        out.append(std::move(k));
    }
    return out;
}

} // namespace EntityKeyReader
