#pragma once

#include "platform/adapter.h"
#include "platform/adaptersql.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

// A SELECT over one adapter entity that exposes canonical fields as typed SQL columns named as
// the fields (AdapterSql::typedExpression), so profiles and dashboards aggregate in SQL on any
// platform. Key filters compare the platform's own column with a parameter cast to its type, so
// the platform's indexes serve them. Needs a catalog-checked adapter (column types known).
//
//   AdapterSql p;
//   CanonicalQuery events(adapter, "event");
//   events.whereKeyIn("user_key", {"42"});
//   std::string sql = "SELECT kind, count(*) FROM (" + events.sql(p, {"kind"}) + ") e GROUP BY kind";
//   session.execParams(sql, p.takeParams());
class CanonicalQuery
{
public:
    CanonicalQuery(const Adapter &adapter, const QString &entity);

    bool isValid() const { return m_entity != nullptr; } // the adapter describes the entity
    bool maps(const QString &field) const;
    const AdapterEntity *entity() const { return m_entity; }

    // Only records whose field (a key or text field mapped straight to one column, such as
    // user_key) is one of `values`. A value that cannot be of the column's type (letters for an
    // integer id, a malformed UUID) matches nothing rather than failing the statement.
    void whereKeyIn(const QString &field, const QStringList &values);

    // Adds a condition written by the caller over this entity's FROM (use column() and
    // fieldExpression(); values only as parameters of the AdapterSql passed to sql()).
    void whereSql(const std::string &condition) { m_conditions.push_back(condition); }

    // The quoted platform column behind a field mapped straight to one column (no conversion, or
    // key), e.g. "u"."mobile"; empty otherwise. For conditions that an index on the column serves.
    std::string column(const QString &field) const;

    // "SELECT <typed field> AS "<field>", ... FROM ... [WHERE ...]"; a field the adapter does not
    // map is a typed NULL. Parameters go into `params`, so several queries can share a statement.
    std::string sql(AdapterSql &params, const QStringList &fields) const;

    // The typed expression of one field over this entity's FROM (NULL when not mapped).
    std::string fieldExpression(AdapterSql &params, const QString &field) const;

    // Whether `value` can be stored in the column behind `field` (digits for integer columns, a
    // UUID for uuid columns; anything for text).
    bool acceptsKey(const QString &field, const QString &value) const;

private:
    struct KeyFilter
    {
        QString field;
        QStringList values;
    };

    const Adapter &m_adapter;
    const AdapterEntity *m_entity = nullptr;
    const CanonicalEntity *m_canonical = nullptr;
    QList<KeyFilter> m_filters;
    std::vector<std::string> m_conditions;
};
