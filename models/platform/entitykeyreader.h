#pragma once

#include "db/result.h"
#include "platform/adapter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <pqxx/connection>

// Reads canonical records through a catalog-checked adapter by the values of their key (or of one
// reference field, e.g. every order of some users). The validator reads migrated records back
// by the ledger's target keys with it. Values travel as one array parameter per key column
// (`= ANY($1)`, or a row comparison against unnest(...) for composite keys); identifiers are
// quoted. Synchronous, never throws; call from a worker thread with its own connection.
namespace EntityKeyReader {

struct KeyedRecord
{
    QStringList key;     // the platform key column values, as text
    QVariantMap record;  // canonical record (as EntityReader::read gives it)
};

constexpr int kBatchKeys = 1000;

// Every record whose key equals one of `keys` (each a list with one value per key column). A key
// that matches no row is simply absent; one that matches several rows (a table without a unique
// key) gives several records. Keys are sent in batches of kBatchKeys.
Result<QList<KeyedRecord>> readByKeys(pqxx::connection &conn, const Adapter &adapter, const QString &entity,
                                      const QList<QStringList> &keys);

// Records whose canonical `field` (a mapped single-column field, e.g. order.user_key) has one of
// `values`, ordered by the entity key; `after` pages like EntityReader::read.
Result<QList<KeyedRecord>> readWhereFieldIn(pqxx::connection &conn, const Adapter &adapter, const QString &entity,
                                            const QString &field, const QStringList &values, int limit,
                                            const QStringList &after = {});


} // namespace EntityKeyReader
