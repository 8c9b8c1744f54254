#include "platform/adaptersql.h"

#include "db/pgconnection.h"

std::string AdapterSql::param(std::optional<std::string> value)
{
    m_params.push_back(std::move(value));
    return "$" + std::to_string(m_params.size());
}

std::string AdapterSql::ident(const QString &name)
{
    return PgConnection::quoteIdent(name.toStdString());
}

std::string AdapterSql::table(const Adapter &adapter, const QString &tableName)
{
    return ident(adapter.schema) + "." + ident(tableName);
}

std::string AdapterSql::column(const AdapterColumnRef &ref)
{
    return ident(ref.alias) + "." + ident(ref.column);
}

std::string AdapterSql::cast(const QString &typeSchema, const QString &typeName)
{
    if (typeName.isEmpty())
        return {};
    return "::" + ident(typeSchema) + "." + ident(typeName);
}

std::string AdapterSql::from(const Adapter &adapter, const AdapterEntity &entity)
{
    std::string sql = " FROM " + table(adapter, entity.table) + " AS " + ident(entity.alias);
    for (const AdapterJoin &j : entity.joins) {
        sql += j.left ? " LEFT JOIN " : " JOIN ";
        sql += table(adapter, j.table) + " AS " + ident(j.alias) + " ON ";
        for (int i = 0; i < j.on.size(); ++i) {
            if (i > 0)
                sql += " AND ";
            sql += column(j.on[i].first) + " = " + column(j.on[i].second);
        }
    }
    return sql;
}

std::string AdapterSql::valueMap(const std::string &input, const QList<AdapterMapEntry> &map)
{
    // Unmapped values become NULL: a canonical field never holds a value outside its vocabulary.
    std::string sql = "CASE " + input;
    for (const AdapterMapEntry &e : map) {
        const std::string when = param(e.from.toStdString());
        const std::string then = param(e.to.toStdString());
        sql += " WHEN " + when + "::text THEN " + then + "::text";
    }
    return sql + " END";
}

std::string AdapterSql::canonicalExpression(const AdapterFieldMapping &m)
{
    const std::string c = m.columns.isEmpty() ? std::string("NULL") : column(m.columns.first());
    switch (m.conversion) {
    case AdapterConversion::None:
    case AdapterConversion::Key: return c;
    case AdapterConversion::EpochSeconds: return "to_timestamp((" + c + ")::float8)";
    case AdapterConversion::Fen:
    case AdapterConversion::Percent: return "(" + c + ")::numeric / 100";
    case AdapterConversion::Minutes: return "(" + c + ")::numeric * 60";
    case AdapterConversion::SecondsOfDuration:
        return "(" + c + ")::numeric / NULLIF((" + column(m.duration) + ")::numeric, 0)";
    case AdapterConversion::TextPath: {
        std::string parts;
        for (const AdapterColumnRef &ref : m.columns)
            parts += ", " + column(ref);
        return "NULLIF(concat_ws('/'" + parts + "), '')";
    }
    case AdapterConversion::ValueMap: return valueMap("(" + c + ")::text", m.map);
    }
    return c;
}

std::string AdapterSql::readExpression(const AdapterFieldMapping &mapping, const CanonicalField &field)
{
    const std::string e = canonicalExpression(mapping);
    switch (field.type) {
    case CanonicalType::Timestamp:
        // Seconds since the epoch: independent of the session's time zone. A timestamp without
        // time zone is taken as UTC.
        return "(extract(epoch from (" + e + ")))::text";
    case CanonicalType::Money: return "(round((" + e + ")::numeric, 2))::text";
    case CanonicalType::Fraction: return "((" + e + ")::float8)::text";
    case CanonicalType::Seconds: return "(round((" + e + ")::numeric))::text";
    case CanonicalType::Boolean: return "((" + e + ")::boolean)::text";
    case CanonicalType::Key:
    case CanonicalType::Text:
    case CanonicalType::Enum: return "(" + e + ")::text";
    }
    return e;
}

std::string AdapterSql::typedExpression(const AdapterFieldMapping &mapping, const CanonicalField &field)
{
    const std::string e = canonicalExpression(mapping);
    switch (field.type) {
    case CanonicalType::Timestamp:
        // As readExpression: a timestamp without time zone is UTC wall time.
        if (mapping.conversion == AdapterConversion::None && !mapping.columns.isEmpty()
            && mapping.columns.first().typeName == QLatin1String("timestamp"))
            return "((" + e + ") AT TIME ZONE 'UTC')";
        return "(" + e + ")::timestamptz";
    case CanonicalType::Money: return "round((" + e + ")::numeric, 2)";
    case CanonicalType::Fraction: return "(" + e + ")::float8";
    case CanonicalType::Seconds: return "(round((" + e + ")::numeric))::int8";
    case CanonicalType::Boolean: return "(" + e + ")::boolean";
    case CanonicalType::Key:
    case CanonicalType::Text:
    case CanonicalType::Enum: return "(" + e + ")::text";
    }
    return e;
}

std::string AdapterSql::writeExpression(const AdapterWriteColumn &wc, const CanonicalField &field,
                                        const std::string &p)
{
    std::string e;
    switch (wc.conversion) {
    case AdapterConversion::None:
    case AdapterConversion::Key:
        switch (field.type) {
        case CanonicalType::Timestamp:
            // A column without time zone gets the UTC wall time, matching how it is read.
            e = wc.typeName == QLatin1String("timestamp") ? "(" + p + "::timestamptz AT TIME ZONE 'UTC')"
                                                          : p + "::timestamptz";
            break;
        case CanonicalType::Money:
        case CanonicalType::Fraction:
        case CanonicalType::Seconds: e = p + "::numeric"; break;
        case CanonicalType::Boolean: e = p + "::boolean"; break;
        default: e = p + "::text"; break;
        }
        break;
    case AdapterConversion::EpochSeconds: e = "round(extract(epoch from " + p + "::timestamptz))"; break;
    case AdapterConversion::Fen:
    case AdapterConversion::Percent: e = "round(" + p + "::numeric * 100)"; break;
    case AdapterConversion::Minutes: e = "round(" + p + "::numeric / 60)"; break;
    case AdapterConversion::ValueMap: e = valueMap(p + "::text", wc.map); break;
    case AdapterConversion::SecondsOfDuration:
    case AdapterConversion::TextPath: e = "NULL"; break; // rejected by the parser
    }
    const std::string typed = cast(wc.typeSchema, wc.typeName);
    return typed.empty() ? e : "(" + e + ")" + typed;
}
