#include "platform/canonicalquery.h"

#include "db/pgparam.h"

#include "platform/canonicalschema.h"

#include <QRegularExpression>
#include <QUuid>

namespace {

std::string nullOf(CanonicalType type)
{
    switch (type) {
    case CanonicalType::Timestamp: return "NULL::timestamptz";
    case CanonicalType::Money: return "NULL::numeric";
    case CanonicalType::Fraction: return "NULL::float8";
    case CanonicalType::Seconds: return "NULL::int8";
    case CanonicalType::Boolean: return "NULL::boolean";
    default: return "NULL::text";
    }
}

bool isIntegerType(const QString &typeName)
{
    return typeName == QLatin1String("int2") || typeName == QLatin1String("int4")
        || typeName == QLatin1String("int8") || typeName == QLatin1String("numeric");
}

} // namespace

CanonicalQuery::CanonicalQuery(const Adapter &adapter, const QString &entity)
    : m_adapter(adapter), m_entity(adapter.entity(entity)), m_canonical(CanonicalSchema::entity(entity))
{
    if (!m_canonical)
        m_entity = nullptr;
}

bool CanonicalQuery::maps(const QString &field) const
{
    return m_entity && m_entity->mapping(field);
}

void CanonicalQuery::whereKeyIn(const QString &field, const QStringList &values)
{
    m_filters.append({field, values});
}

bool CanonicalQuery::acceptsKey(const QString &field, const QString &value) const
{
    const AdapterFieldMapping *m = m_entity ? m_entity->mapping(field) : nullptr;
    if (!m || m->columns.isEmpty())
        return false;
    const QString &type = m->columns.first().typeName;
    if (isIntegerType(type)) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,18}$"));
        return digits.match(value).hasMatch();
    }
    if (type == QLatin1String("uuid"))
        return !QUuid::fromString(value).isNull() || value == QLatin1String("00000000-0000-0000-0000-000000000000");
    return true;
}

std::string CanonicalQuery::column(const QString &field) const
{
    const AdapterFieldMapping *m = m_entity ? m_entity->mapping(field) : nullptr;
    if (!m || m->columns.size() != 1
        || (m->conversion != AdapterConversion::None && m->conversion != AdapterConversion::Key))
        return {};
    return AdapterSql::column(m->columns.first());
}

std::string CanonicalQuery::fieldExpression(AdapterSql &params, const QString &field) const
{
    const CanonicalField *f = m_canonical ? m_canonical->field(field) : nullptr;
    const AdapterFieldMapping *m = m_entity ? m_entity->mapping(field) : nullptr;
    if (!f)
        return "NULL";
    if (!m)
        return f->defaultValue.isEmpty() ? nullOf(f->type) : params.param(f->defaultValue.toStdString()) + "::text";
    return params.typedExpression(*m, *f);
}

std::string CanonicalQuery::sql(AdapterSql &params, const QStringList &fields) const
{
    if (!m_entity)
        return "SELECT NULL WHERE false";
    std::string out = "SELECT ";
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += fieldExpression(params, fields[i]) + " AS " + AdapterSql::ident(fields[i]);
    }
    if (fields.isEmpty())
        out += "1";
    out += AdapterSql::from(m_adapter, *m_entity);
    std::string where;
    for (const KeyFilter &filter : m_filters) {
        const AdapterFieldMapping *m = m_entity->mapping(filter.field);
        QStringList usable;
        for (const QString &v : filter.values)
            if (acceptsKey(filter.field, v))
                usable.append(v);
        std::string condition;
        if (!m || m->columns.isEmpty() || usable.isEmpty()) {
            condition = "false";
        } else {
            const AdapterColumnRef &c = m->columns.first();
            std::string type = AdapterSql::cast(c.typeSchema, c.typeName);
            if (type.empty())
                condition = "(" + AdapterSql::column(c) + ")::text = ANY(" + params.param(PgParam::textArray(usable)) + "::text[])";
            else
                condition = AdapterSql::column(c) + " = ANY(" + params.param(PgParam::textArray(usable)) + type + "[])";
        }
        where += (where.empty() ? " WHERE " : " AND ") + condition;
    }
    for (const std::string &c : m_conditions)
        where += (where.empty() ? " WHERE (" : " AND (") + c + ")";
    return out + where;
}
