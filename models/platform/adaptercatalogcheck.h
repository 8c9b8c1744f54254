#pragma once

#include "platform/adapter.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <pqxx/connection>

// Checks an adapter against the live catalog: the schema, every table and column exist, column
// types fit their conversions, and write targets can take a record (NOT NULL columns without a
// default are written). Catalog queries take names only as parameters. Fills column types into
// the adapter. Throws only pqxx exceptions (the loader turns them into problems).
class AdapterCatalogCheck
{
public:
    using Problem = QPair<QString, QString>; // place, message

    QList<Problem> run(Adapter &adapter, pqxx::connection &conn);

private:
    struct Column
    {
        QString typeSchema;
        QString typeName;
        QString typeCategory;
        bool notNull = false;
        bool hasDefault = false; // default, identity or generated
        bool generated = false;
    };
    struct Table
    {
        char kind = 'r';
        QHash<QString, Column> columns;
        QStringList order; // column order, for messages
    };

    void loadCatalog(pqxx::connection &conn, const QString &schema);
    const Table *table(const QString &name, const QString &place, bool writable);
    void checkEntity(AdapterEntity &entity);
    bool resolve(const AdapterEntity &entity, AdapterColumnRef &ref);
    void checkType(AdapterColumnRef &ref, AdapterConversion conversion, CanonicalType type);
    void checkWriteTarget(AdapterWriteTarget &target, const CanonicalEntity &canonical, bool child);
    void problem(const QString &place, const QString &message) { m_problems.append({place, message}); }

    QString m_schema;
    QHash<QString, Table> m_tables;
    QList<Problem> m_problems;
};
