#pragma once

#include "platform/adapter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <pqxx/connection>

#include <optional>

// One thing wrong with an adapter file, said where it is.
struct AdapterProblem
{
    QString file;
    QString place;   // JSON path, e.g. entities.user.fields.email.column ("" = whole file)
    int line = 0;    // 1-based line in the file, 0 when unknown
    int column = 0;  // 1-based column (parse errors only)
    QString message; // plain words, translated

    // "file:line:column: place: message" (parts left out when unknown).
    QString toString() const;
};

struct AdapterLoadResult
{
    std::optional<Adapter> adapter; // set when the file parsed and its structure is sound (catalog
                                    // problems may remain: check ok())
    QList<AdapterProblem> problems; // every problem found, not only the first

    bool ok() const { return adapter.has_value() && problems.isEmpty(); }
    QString problemsText() const; // one problem per line
};

// Loading adapter files. Synchronous: call from a worker thread, never the GUI thread.
// Never throws; database failures become problems.
namespace AdapterLoader {

// Parse and check structure (entities, canonical fields, conversions, keys, aliases).
AdapterLoadResult loadFile(const QString &path);
AdapterLoadResult loadData(const QByteArray &json, const QString &fileName);

// loadFile + check every schema, table, column and type against the live catalog.
AdapterLoadResult load(const QString &path, pqxx::connection &conn);
AdapterLoadResult loadData(const QByteArray &json, const QString &fileName, pqxx::connection &conn);

// Catalog check of an already parsed adapter; fills column types on success.
QList<AdapterProblem> checkCatalog(Adapter &adapter, pqxx::connection &conn);

} // namespace AdapterLoader
