#pragma once

#include "db/pgconnection.h"
#include "db/pgrows.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <string>
#include <vector>

#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction_base>

// Turning Qt values into PgSession parameters (text form; std::nullopt is SQL NULL) and naming
// tables of Zhiqiao's own schemas. Shared by the ledger, the workspace and whoever comes next.
namespace PgParam {

inline std::optional<std::string> text(const QString &s)
{
    return s.toStdString();
}

inline std::optional<std::string> textOrNull(const QString &s)
{
    if (s.isNull())
        return std::nullopt;
    return s.toStdString();
}

inline std::string uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

// The text of a PostgreSQL array literal ({"a","b\"c"}) for ONE array parameter ($1::text[]):
// every element double-quoted, with \ and " escaped. Still a value, never SQL text.
inline std::string textArray(const std::vector<std::string> &values)
{
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + '}';
}

inline std::string textArray(const QStringList &values)
{
    std::vector<std::string> utf8;
    utf8.reserve(std::size_t(values.size()));
    for (const QString &v : values)
        utf8.push_back(v.toStdString());
    return textArray(utf8);
}

// "schema"."name", both quoted.
inline std::string table(const char *schema, const char *name)
{
    return PgConnection::quoteIdent(schema) + '.' + PgConnection::quoteIdent(name);
}

// One statement with $n parameters on a libpqxx transaction (throws as libpqxx does).
inline pqxx::result exec(pqxx::transaction_base &tx, const std::string &sql, const PgParams &params)
{
    const std::vector<const char *> pointers = paramPointers(params);
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(pointers));
}

} // namespace PgParam
