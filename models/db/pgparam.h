#pragma once

#include "db/pgconnection.h"

#include <QString>
#include <QUuid>

#include <optional>
#include <string>

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

// "schema"."name", both quoted.
inline std::string table(const char *schema, const char *name)
{
    return PgConnection::quoteIdent(schema) + '.' + PgConnection::quoteIdent(name);
}

} // namespace PgParam
