#include "platform/entityreader.h"

#include "db/pgparam.h"
#include "platform/adaptersql.h"
#include "platform/canonicaltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <pqxx/result>
#include <pqxx/transaction>

#include <cmath>

namespace {

Result<const AdapterEntity *> findEntity(const Adapter &adapter, const QString &entity)
{
    if (!CanonicalSchema::entity(entity))
        return DbError::make(DbError::Kind::AdapterInvalid,
                             QCoreApplication::translate("EntityReader", "\"%1\" is not a canonical entity; use one of: %2.")
                                 .arg(entity, CanonicalSchema::entityNames().join(QStringLiteral(", "))));
    const AdapterEntity *e = adapter.entity(entity);
    if (!e)
        return DbError::make(DbError::Kind::AdapterInvalid,
                             QCoreApplication::translate("EntityReader", "The adapter for %1 does not describe entity \"%2\".")
                                 .arg(adapter.platform, entity),
                             {}, {}, adapter.file);
    return e;
}

DbError notChecked(const Adapter &adapter)
{
    return DbError::make(DbError::Kind::AdapterMismatch,
                         QCoreApplication::translate("EntityReader",
                             "The adapter for %1 has not passed the check against this database.").arg(adapter.platform),
                         {}, {}, adapter.file);
}

} // namespace

namespace EntityReader {

CanonicalValue canonicalValue(std::string_view text, bool isNull, const CanonicalField &field)
{
    if (isNull)
        return CanonicalValue::null();
    switch (field.type) {
    case CanonicalType::Timestamp: {
        const std::optional<std::int64_t> ms = CanonicalText::epochSecondsToMs(text);
        return ms ? CanonicalValue::ofTimeMs(*ms) : CanonicalValue::null(); // ±infinity is no instant
    }
    case CanonicalType::Fraction: return CanonicalValue::ofReal(CanonicalText::parseDouble(text).value_or(0.0));
    case CanonicalType::Seconds: return CanonicalValue::ofInteger(CanonicalText::parseInt64(text).value_or(0));
    case CanonicalType::Boolean: return CanonicalValue::ofBoolean(text == "true");
    case CanonicalType::Key:
    case CanonicalType::Text:
    case CanonicalType::Enum:
    case CanonicalType::Money: return CanonicalValue::ofText(text); // money stays exact decimal text
    }
    return CanonicalValue::ofText(text);
}

QVariant canonicalValue(const pqxx::field &f, const CanonicalField &field)
{
    return canonicalValue(std::string_view(f.c_str(), f.size()), f.is_null(), field).toVariant();
}

std::vector<char> mappedFields(const AdapterEntity &entity, const CanonicalEntity &canonical)
{
    std::vector<char> out;
    for (const CanonicalField &f : canonical.fields)
        out.push_back(entity.mapping(f.name) ? 1 : 0);
    return out;
}

CanonicalRecord recordFromRow(const PgSession::Rows &rows, int row, int firstColumn, const std::vector<char> &mapped,
                              const CanonicalEntity &canonical)
{
    CanonicalRecord record(&canonical);
    int column = firstColumn;
    for (int i = 0; i < record.size(); ++i) {
        const CanonicalField &f = canonical.fields.at(i);
        if (mapped[static_cast<std::size_t>(i)]) {
            record.at(i) = canonicalValue(rows.view(row, column), rows.isNull(row, column), f);
            ++column;
        } else {
            record.at(i) = f.defaultValue.isEmpty() ? CanonicalValue::null() : CanonicalValue::ofText(f.defaultValue);
        }
    }
    return record;
}

Result<std::int64_t> readRecords(PgSession &session, const Adapter &adapter, const QString &entityName, int limit,
                                 const QStringList &after, const RecordCallback &onRecord)
{
    if (!adapter.catalogChecked)
        return notChecked(adapter);
    Result<ParamStatement> st = selectStatement(adapter, entityName, limit, after);
    if (!st)
        return st.error();
    const AdapterEntity &entity = *adapter.entity(entityName);
    const CanonicalEntity &canonical = *CanonicalSchema::entity(entityName);
    const std::vector<char> mapped = mappedFields(entity, canonical);
    auto done = session.query(st->sql, st->params, [&](const PgSession::Rows &rows) {
        const int keyCount = static_cast<int>(entity.key.size());
        for (int r = 0; r < rows.count(); ++r) {
            std::vector<std::string> key;
            key.reserve(static_cast<std::size_t>(keyCount));
            for (int k = 0; k < keyCount; ++k)
                key.emplace_back(rows.view(r, k));
            onRecord(std::move(key), recordFromRow(rows, r, keyCount, mapped, canonical));
        }
    });
    if (!done) {
        DbError error = done.error();
        error.detail = adapter.file + QStringLiteral(": ") + entityName;
        return error;
    }
    return *done;
}

Result<ParamStatement> selectStatement(const Adapter &adapter, const QString &entityName, int limit,
                                       const QStringList &after)
{
    Result<const AdapterEntity *> found = findEntity(adapter, entityName);
    if (!found)
        return found.error();
    const AdapterEntity &entity = **found;
    const CanonicalEntity &canonical = *CanonicalSchema::entity(entityName);
    if (!after.isEmpty() && after.size() != entity.key.size())
        return DbError::make(DbError::Kind::Other,
                             QCoreApplication::translate("EntityReader", "The key of %1 has %n value(s).", nullptr,
                                                         int(entity.key.size())).arg(entityName));

    AdapterSql sql;
    std::string select = "SELECT ";
    std::string order;
    for (int i = 0; i < entity.key.size(); ++i) {
        const std::string c = AdapterSql::column(entity.key[i]);
        select += (i ? ", " : "") + std::string("(") + c + ")::text";
        order += (i ? ", " : "") + c;
    }
    for (const CanonicalField &f : canonical.fields) {
        if (const AdapterFieldMapping *m = entity.mapping(f.name))
            select += ", " + sql.readExpression(*m, f);
    }
    std::string where;
    if (!after.isEmpty()) {
        std::string left, right;
        for (int i = 0; i < entity.key.size(); ++i) {
            const AdapterColumnRef &k = entity.key[i];
            left += (i ? ", " : "") + AdapterSql::column(k);
            right += (i ? ", " : "") + sql.param(after[i].toStdString()) + AdapterSql::cast(k.typeSchema, k.typeName);
        }
        where = " WHERE (" + left + ") > (" + right + ")";
    }
    ParamStatement st;
    st.sql = select + AdapterSql::from(adapter, entity) + where + " ORDER BY " + order;
    if (limit >= 0)
        st.sql += " LIMIT " + sql.param(std::to_string(limit));
    st.params = sql.takeParams();
    return st;
}

Result<EntityPage> read(pqxx::connection &conn, const Adapter &adapter, const QString &entityName, int limit,
                        const QStringList &after)
{
    if (!adapter.catalogChecked)
        return notChecked(adapter);
    Result<ParamStatement> st = selectStatement(adapter, entityName, limit, after);
    if (!st)
        return st.error();
    const AdapterEntity &entity = *adapter.entity(entityName);
    const CanonicalEntity &canonical = *CanonicalSchema::entity(entityName);
    try {
        pqxx::read_transaction tx(conn);
        const pqxx::result rows = PgParam::exec(tx, st->sql, st->params);
        EntityPage page;
        const int keyCount = int(entity.key.size());
        for (const pqxx::row &row : rows) {
            QStringList key;
            for (int i = 0; i < keyCount; ++i)
                key.append(QString::fromUtf8(row[i].c_str()));
            QVariantMap record;
            int column = keyCount;
            for (const CanonicalField &f : canonical.fields) {
                if (entity.mapping(f.name))
                    record.insert(f.name, canonicalValue(row[column++], f));
                else
                    record.insert(f.name, f.defaultValue.isEmpty() ? QVariant() : QVariant(f.defaultValue));
            }
            page.records.append(record);
            page.keys.append(key);
        }
        if (!page.keys.isEmpty())
            page.lastKey = page.keys.last();
        return page;
    } catch (const std::exception &e) {
        DbError error = DbError::fromException(e);
        error.detail = adapter.file + QStringLiteral(": ") + entityName;
        return error;
    }
}

Result<qlonglong> count(pqxx::connection &conn, const Adapter &adapter, const QString &entityName)
{
    if (!adapter.catalogChecked)
        return notChecked(adapter);
    Result<const AdapterEntity *> found = findEntity(adapter, entityName);
    if (!found)
        return found.error();
    try {
        pqxx::read_transaction tx(conn);
        const pqxx::row row = tx.exec1("SELECT count(*)" + AdapterSql::from(adapter, **found));
        return row[0].as<qlonglong>();
    } catch (const std::exception &e) {
        return DbError::fromException(e);
    }
}

} // namespace EntityReader
