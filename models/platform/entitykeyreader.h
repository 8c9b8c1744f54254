#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"
#include "platform/adaptersql.h"
#include "platform/canonicalrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// Reads canonical records through a catalog-checked adapter by the values of their key (or of one
// reference field, e.g. every order of some users). The validator reads migrated records back
// by the ledger's target keys with it. Values travel as one array parameter per key column
// (`= ANY($1)`, or a row comparison against unnest(...) for composite keys); identifiers are
// quoted. Synchronous, never throws; call from a worker thread with its own session.
namespace EntityKeyReader {

struct KeyedRecord
{
    QStringList key;        // the platform key column values, as text
    CanonicalRecord record; // canonical record (as EntityReader::readRecords gives it)
};

constexpr int kBatchKeys = 5000;

// Every record whose key equals one of `keys` (each a list with one value per key column). A key
// that matches no row is simply absent; one that matches several rows (a table without a unique
// key) gives several records. Keys are sent in batches of kBatchKeys.
Result<QList<KeyedRecord>> readByKeys(PgSession &session, const Adapter &adapter, const QString &entity,
                                      const QList<QStringList> &keys);

// readByKeys for an entity with a single-column key, keys and records handed over without
// QStrings: `onRecord(key value as text, record)`. Returns the number of records.
Result<std::int64_t> readByKeyValues(PgSession &session, const Adapter &adapter, const QString &entity,
                                     const std::vector<std::string> &keys,
                                     const std::function<void(std::string_view key, CanonicalRecord &&record)> &onRecord);

// Records whose canonical `field` (a mapped single-column field, e.g. order.user_key) has one of
// `values`, ordered by the entity key; `after` pages like EntityReader::read.
Result<QList<KeyedRecord>> readWhereFieldIn(PgSession &session, const Adapter &adapter, const QString &entity,
                                            const QString &field, const QStringList &values, int limit,
                                            const QStringList &after = {});

// "SELECT <key columns as text>, <canonical fields> FROM <the entity's tables>", for a caller
// that adds its own WHERE (parameters through `sql`); rows parse with parseRows().
Result<std::string> selectFrom(AdapterSql &sql, const Adapter &adapter, const QString &entity);
QList<KeyedRecord> parseRows(const PgSession::Rows &rows, const Adapter &adapter, const QString &entity);

} // namespace EntityKeyReader
