#pragma once

#include "platform/adapter.h"

#include <optional>
#include <string>
#include <vector>

// Builds the SQL text of adapter statements. Every identifier goes through
// PgConnection::quoteIdent; every value from an adapter file or a record becomes a $n parameter.
// The only literals in the text are the fixed conversions written here.
class AdapterSql
{
public:
    // Adds a parameter and returns its placeholder ($1, $2, ...).
    std::string param(std::optional<std::string> value);
    std::vector<std::optional<std::string>> takeParams() { return std::move(m_params); }

    static std::string ident(const QString &name);
    static std::string table(const Adapter &adapter, const QString &tableName);
    static std::string column(const AdapterColumnRef &ref);
    // "::schema.type" when the catalog check found the type, else "".
    static std::string cast(const QString &typeSchema, const QString &typeName);
    // FROM base table and joins.
    static std::string from(const Adapter &adapter, const AdapterEntity &entity);

    // Canonical value of a mapped field, rendered as text in the form EntityReader parses.
    std::string readExpression(const AdapterFieldMapping &mapping, const CanonicalField &field);
    // Canonical value of a mapped field as a typed SQL value, for aggregating in SQL (profiles,
    // dashboards): timestamp -> timestamptz, money -> numeric(2 places), fraction -> float8,
    // seconds -> int8, boolean -> boolean, key/text/enum -> text.
    std::string typedExpression(const AdapterFieldMapping &mapping, const CanonicalField &field);
    // Value for a written column from the canonical text value in `placeholder`.
    std::string writeExpression(const AdapterWriteColumn &column, const CanonicalField &field,
                                const std::string &placeholder);

private:
    std::string canonicalExpression(const AdapterFieldMapping &mapping);
    std::string valueMap(const std::string &input, const QList<AdapterMapEntry> &map);

    std::vector<std::optional<std::string>> m_params;
};
