#pragma once

#include "db/pgsession.h"
#include "platform/adapter.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

// SQL that finds, counts and deletes the target rows of one entity by the ledger's target keys
// (migration rollback). The key columns come from the target adapter's write section: the first
// `returning` column when the target generates the key, else the columns the entity's canonical
// key fields are written to, converted exactly as the insert converted them (a composite key such
// as consent's purpose goes through the same value map). Child tables of the write section
// (dedao refunds) are matched by their parent column. Identifiers are quoted; the keys are one
// text[] parameter per key part, joined with unnest(), so a page of keys is one statement.
class TargetKeyStatements
{
public:
    struct Child
    {
        QString table; // schema.table, for people
        std::string deleteSql;
        std::string countSql;
    };

    // Looks up the key column's type in the live catalog when the key is generated.
    static Result<TargetKeyStatements> forEntity(PgSession &session, const Adapter &target, const QString &entity);

    QString entity() const { return m_entity; }
    QString table() const { return m_table; }
    const std::string &deleteSql() const { return m_delete; }
    const std::string &countSql() const { return m_count; }
    const std::vector<Child> &children() const { return m_children; }
    // Parameters for a page of ledger target keys (composite keys split on U+001F).
    PgParams params(const QStringList &targetKeys) const;

    // Rows of the target's tables (any entity but user) that belong to one of a set of target
    // users: "schema.table" and the SQL counting them. `userKeysSql` is a subquery returning the
    // users' target keys as text in one column (its parameters are the caller's); each table is
    // read once with a semi-join, whatever the number of users.
    struct OwnerCheck
    {
        QString table;
        std::string countSql;
    };
    static std::vector<OwnerCheck> ownerChecks(const Adapter &target, const std::string &userKeysSql);

private:
    QString m_entity;
    QString m_table;
    std::string m_delete;
    std::string m_count;
    std::vector<Child> m_children;
    int m_keyParts = 1;
    PgParams m_fixedParams; // value-map parameters after the key arrays
};
