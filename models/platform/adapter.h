#pragma once

#include "platform/adapterconversion.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A parsed adapter file (docs/adapters.md): how each canonical entity is read from one platform's
// tables and written back. Produced by AdapterLoader; names in it are raw platform identifiers
// that reach SQL only quoted, values only as parameters.
struct AdapterColumnRef
{
    QString alias;  // table alias inside the entity (base table or a join)
    QString column; // raw column name
    QString place;  // JSON path in the file, for problems

    // Filled by the catalog check: the column's type (base type for domains).
    QString typeSchema; // e.g. pg_catalog
    QString typeName;   // e.g. int8, timestamptz, uuid
    QString typeCategory; // pg_type.typcategory: N numeric, S string, D datetime, B boolean, U user...

    bool isValid() const { return !column.isEmpty(); }
    QString toString() const { return alias + QLatin1Char('.') + column; }
};

// One value_map entry: stored platform value and canonical value, both as text.
struct AdapterMapEntry
{
    QString from;
    QString to;
};

struct AdapterFieldMapping
{
    QString field;                   // canonical field name
    AdapterConversion conversion = AdapterConversion::None;
    QList<AdapterColumnRef> columns; // one column; several for text_path
    AdapterColumnRef duration;       // seconds_of_duration only
    QList<AdapterMapEntry> map;      // value_map only: platform value -> canonical value
    QString place;
};

struct AdapterJoin
{
    QString table;
    QString alias;
    bool left = true;                                     // LEFT JOIN, else INNER JOIN
    QList<QPair<AdapterColumnRef, AdapterColumnRef>> on;  // equality pairs, ANDed
    QString place;
};

struct AdapterWriteColumn
{
    QString column;                  // target column in the write table
    QString field;                   // canonical field supplying the value
    AdapterConversion conversion = AdapterConversion::None;
    QList<AdapterMapEntry> map;      // value_map only: canonical value -> platform value
    QString place;

    // Filled by the catalog check.
    QString typeSchema;
    QString typeName;
    QString typeCategory;
};

// A table a canonical record is written to. The main target may hand its generated key to
// child targets (e.g. dedao refunds.order_id <- orders.id), all in one statement.
struct AdapterWriteTarget
{
    QString table;
    QList<AdapterWriteColumn> columns;
    QStringList returning;        // main target: key column(s) whose values the insert returns
    QString parentColumn;         // child target: column receiving the main target's first returned key
    QString when;                 // child target: written only when this canonical field is not null
    QString place;
};

struct AdapterEntity
{
    QString name;                           // canonical entity name
    QString table;                          // base table (read)
    QString alias;                          // alias of the base table
    QList<AdapterColumnRef> key;            // platform key columns: order and keyset paging
    QList<AdapterJoin> joins;
    QMap<QString, AdapterFieldMapping> fields; // by canonical field name
    bool hasWrite = false;
    AdapterWriteTarget write;               // main write target
    QList<AdapterWriteTarget> writeChildren;
    QString place;

    const AdapterFieldMapping *mapping(const QString &field) const;
    QString tableOfAlias(const QString &alias) const;
};

struct Adapter
{
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("zhiqiao-adapter"); }

    QString file;      // where it was loaded from
    QString platform;  // platform name, e.g. dedao
    QString schema;    // database schema holding the platform's tables
    QString description;
    QMap<QString, AdapterEntity> entities; // by canonical entity name
    bool catalogChecked = false;

    const AdapterEntity *entity(const QString &name) const;
};
