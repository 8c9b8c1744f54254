#include "platform/adaptercatalogcheck.h"

#include <QCoreApplication>

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace {
QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}
} // namespace

QList<AdapterCatalogCheck::Problem> AdapterCatalogCheck::run(Adapter &adapter, pqxx::connection &conn)
{
    m_problems.clear();
    m_schema = adapter.schema;
    loadCatalog(conn, adapter.schema);
    if (m_tables.isEmpty()) {
        problem(QStringLiteral("schema"), QCoreApplication::translate("AdapterLoader",
                    "Schema \"%1\" does not exist in this database, or holds no tables you may see.").arg(adapter.schema));
        return m_problems;
    }
    for (AdapterEntity &entity : adapter.entities)
        checkEntity(entity);
    adapter.catalogChecked = m_problems.isEmpty();
    return m_problems;
}

void AdapterCatalogCheck::loadCatalog(pqxx::connection &conn, const QString &schema)
{
    // Domains are checked by their base type. The schema name is a parameter, never SQL text.
    static const char *sql = R"(
        SELECT c.relname, c.relkind, a.attname, a.attnotnull,
               a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '' AS has_default,
               a.attgenerated <> '' AS generated,
               tn.nspname, bt.typname, bt.typcategory
          FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
          JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
          JOIN pg_catalog.pg_namespace tn ON tn.oid = bt.typnamespace
         WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
         ORDER BY c.relname, a.attnum)";
    m_tables.clear();
    pqxx::nontransaction tx(conn);
    const pqxx::result rows = tx.exec_params(sql, schema.toStdString());
    for (const pqxx::row &r : rows) {
        Table &t = m_tables[text(r[0])];
        t.kind = r[1].c_str()[0];
        Column c;
        c.notNull = r[3].as<bool>();
        c.hasDefault = r[4].as<bool>();
        c.generated = r[5].as<bool>();
        c.typeSchema = text(r[6]);
        c.typeName = text(r[7]);
        c.typeCategory = text(r[8]);
        const QString name = text(r[2]);
        t.columns.insert(name, c);
        t.order.append(name);
    }
}

const AdapterCatalogCheck::Table *AdapterCatalogCheck::table(const QString &name, const QString &place, bool writable)
{
    if (name.isEmpty())
        return nullptr; // already reported by the parser
    const auto it = m_tables.constFind(name);
    if (it == m_tables.constEnd()) {
        problem(place, QCoreApplication::translate("AdapterLoader", "Table \"%1\" does not exist in schema \"%2\".")
                           .arg(name, m_schema));
        return nullptr;
    }
    if (writable && it->kind != 'r' && it->kind != 'p' && it->kind != 'f') {
        problem(place, QCoreApplication::translate("AdapterLoader", "\"%1\" is a view, not a table; records cannot be written to it.")
                           .arg(name));
        return nullptr;
    }
    return &*it;
}

bool AdapterCatalogCheck::resolve(const AdapterEntity &entity, AdapterColumnRef &ref)
{
    if (!ref.isValid())
        return false;
    const QString tableName = entity.tableOfAlias(ref.alias);
    const auto t = m_tables.constFind(tableName);
    if (t == m_tables.constEnd())
        return false; // unknown alias or table, reported elsewhere
    const auto c = t->columns.constFind(ref.column);
    if (c == t->columns.constEnd()) {
        problem(ref.place, QCoreApplication::translate("AdapterLoader", "Table \"%1\" has no column \"%2\". Its columns are: %3.")
                               .arg(tableName, ref.column, t->order.join(QStringLiteral(", "))));
        return false;
    }
    ref.typeSchema = c->typeSchema;
    ref.typeName = c->typeName;
    ref.typeCategory = c->typeCategory;
    return true;
}

void AdapterCatalogCheck::checkType(AdapterColumnRef &ref, AdapterConversion conversion, CanonicalType type)
{
    if (!AdapterConversions::acceptsColumnType(conversion, type, ref.typeName, ref.typeCategory))
        problem(ref.place, QCoreApplication::translate("AdapterLoader",
                               "Column \"%1\" has type %2, but conversion %3 to a canonical %4 needs %5.")
                               .arg(ref.toString(), ref.typeName, AdapterConversions::name(conversion),
                                    CanonicalSchema::typeName(type), AdapterConversions::expectedColumnTypes(conversion, type)));
}

void AdapterCatalogCheck::checkEntity(AdapterEntity &entity)
{
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity.name);
    table(entity.table, entity.place + QStringLiteral(".table"), false);
    for (const AdapterJoin &j : entity.joins)
        table(j.table, j.place + QStringLiteral(".table"), false);

    for (AdapterColumnRef &k : entity.key)
        resolve(entity, k);
    for (AdapterJoin &j : entity.joins) {
        for (auto &pair : j.on) {
            if (resolve(entity, pair.first) && resolve(entity, pair.second)
                && pair.first.typeCategory != pair.second.typeCategory)
                problem(pair.second.place, QCoreApplication::translate("AdapterLoader",
                            "Cannot join %1 (%2) with %3 (%4): the types do not compare.")
                            .arg(pair.first.toString(), pair.first.typeName, pair.second.toString(), pair.second.typeName));
        }
    }
    for (AdapterFieldMapping &m : entity.fields) {
        const CanonicalField *f = canonical->field(m.field);
        for (AdapterColumnRef &c : m.columns) {
            if (resolve(entity, c))
                checkType(c, m.conversion, f->type);
        }
        if (m.duration.isValid() && resolve(entity, m.duration))
            checkType(m.duration, m.conversion, f->type);
    }
    if (entity.hasWrite) {
        checkWriteTarget(entity.write, *canonical, false);
        for (AdapterWriteTarget &child : entity.writeChildren)
            checkWriteTarget(child, *canonical, true);
    }
}

void AdapterCatalogCheck::checkWriteTarget(AdapterWriteTarget &target, const CanonicalEntity &canonical, bool child)
{
    const Table *t = table(target.table, target.place + QStringLiteral(".table"), true);
    if (!t)
        return;
    QStringList written;
    for (AdapterWriteColumn &wc : target.columns) {
        const auto c = t->columns.constFind(wc.column);
        if (c == t->columns.constEnd()) {
            problem(wc.place, QCoreApplication::translate("AdapterLoader", "Table \"%1\" has no column \"%2\". Its columns are: %3.")
                                  .arg(target.table, wc.column, t->order.join(QStringLiteral(", "))));
            continue;
        }
        written.append(wc.column);
        if (c->generated) {
            problem(wc.place, QCoreApplication::translate("AdapterLoader", "Column \"%1\" is generated by the database and cannot be written.")
                                  .arg(wc.column));
            continue;
        }
        wc.typeSchema = c->typeSchema;
        wc.typeName = c->typeName;
        wc.typeCategory = c->typeCategory;
        const CanonicalField *f = canonical.field(wc.field);
        if (f && !AdapterConversions::acceptsColumnType(wc.conversion, f->type, c->typeName, c->typeCategory))
            problem(wc.place, QCoreApplication::translate("AdapterLoader",
                                  "Column \"%1\" has type %2, but conversion %3 from a canonical %4 needs %5.")
                                  .arg(wc.column, c->typeName, AdapterConversions::name(wc.conversion),
                                       CanonicalSchema::typeName(f->type), AdapterConversions::expectedColumnTypes(wc.conversion, f->type)));
    }
    if (child) {
        if (!target.parentColumn.isEmpty() && !t->columns.contains(target.parentColumn))
            problem(target.place + QStringLiteral(".parent_column"), QCoreApplication::translate("AdapterLoader",
                        "Table \"%1\" has no column \"%2\".").arg(target.table, target.parentColumn));
        written.append(target.parentColumn);
    }
    for (const QString &r : target.returning) {
        if (!t->columns.contains(r))
            problem(target.place + QStringLiteral(".returning"), QCoreApplication::translate("AdapterLoader",
                        "Table \"%1\" has no column \"%2\".").arg(target.table, r));
    }
    for (const QString &name : t->order) {
        const Column &c = t->columns[name];
        if (c.notNull && !c.hasDefault && !written.contains(name))
            problem(target.place + QStringLiteral(".columns"), QCoreApplication::translate("AdapterLoader",
                        "Column \"%1\" of table \"%2\" must have a value (NOT NULL, no default), but nothing is written to it.")
                        .arg(name, target.table));
    }
}
