#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"
#include "platform/canonicalrecord.h"
#include "platform/canonicalschema.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <pqxx/connection>
#include <pqxx/field>

#include <functional>
#include <optional>
#include <string>
#include <vector>

// One page of canonical records. Each record maps canonical field names to values typed as
// CanonicalType says (QString, QDateTime UTC, double, qlonglong, bool; null QVariant for NULL).
struct EntityPage
{
    QList<QVariantMap> records;
    QList<QStringList> keys; // per record: the platform key column values (paging cursor)
    QStringList lastKey;     // pass as `after` for the next page; empty when the page is empty
};

// A parameterised statement: SQL text with $1..$n and the parameter values (nullopt = NULL).
struct ParamStatement
{
    std::string sql;
    std::vector<std::optional<std::string>> params;
};

// Reads canonical records through a catalog-checked adapter. Synchronous: call from a worker
// thread with that thread's own connection. Never throws.
namespace EntityReader {

// Records ordered by the entity's platform key; `after` = key values of the last record seen.
Result<EntityPage> read(pqxx::connection &conn, const Adapter &adapter, const QString &entity,
                        int limit, const QStringList &after = {});
Result<qlonglong> count(pqxx::connection &conn, const Adapter &adapter, const QString &entity);

// One column of a row produced by the adapter's SQL, parsed into the canonical field's type
// (the SQL renders every canonical value as text in one agreed form). Shared by every reader.
CanonicalValue canonicalValue(std::string_view text, bool isNull, const CanonicalField &field);
QVariant canonicalValue(const pqxx::field &f, const CanonicalField &field);

// Per schema field of `canonical`: whether the adapter entity maps it (then the adapter's SQL has
// a column for it, in schema order).
std::vector<char> mappedFields(const AdapterEntity &entity, const CanonicalEntity &canonical);
// Row `row` of a result of the adapter's SQL (the key columns, then one column per mapped field,
// from `firstColumn` on for the fields) as a canonical record: fields the adapter does not map
// are null or their default, as in read().
CanonicalRecord recordFromRow(const PgSession::Rows &rows, int row, int firstColumn, const std::vector<char> &mapped,
                              const CanonicalEntity &canonical);

// The migration's fast path: up to `limit` records after `after` in key order, through libpq.
// `onRecord(key values, record)` gets each; fields the adapter does not map are null or their
// default, as in read(). Returns the number of rows read.
using RecordCallback = std::function<void(std::vector<std::string> &&key, CanonicalRecord &&record)>;
Result<std::int64_t> readRecords(PgSession &session, const Adapter &adapter, const QString &entity, int limit,
                                 const QStringList &after, const RecordCallback &onRecord);

// The statements, for tests and diagnostics.
Result<ParamStatement> selectStatement(const Adapter &adapter, const QString &entity, int limit,
                                       const QStringList &after = {});

} // namespace EntityReader
