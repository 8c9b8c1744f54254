#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"

#include <QString>
#include "platform/canonicalrecord.h"

#include <vector>

// Writes many canonical records of one entity set-based, with the same SQL conversions as
// EntityWriter::insertStatement: the records go by COPY into a temporary staging table of text
// columns, then ONE INSERT ... SELECT moves them into the write table (and its child tables).
// Keys the target generates (the write section's "returning") are drawn in that statement
// before the insert, row by row, so every record learns its own key without relying on the
// order of RETURNING rows.
//
// Runs inside the caller's transaction on the caller's session. On failure nothing is undone
// here: the caller rolls back (to a savepoint) and may fall back to EntityWriter record by record.
class EntityBulkWriter
{
public:
    EntityBulkWriter(PgSession &session, const Adapter &adapter, const QString &entity);

    // `records` must all carry the same set of fields (absent fields take the column default,
    // as in EntityWriter). `keys[i]` receives the main table's first returned key as text, or
    // stays empty when the write section returns nothing.
    DbError insert(const std::vector<const CanonicalRecord *> &records, std::vector<QString> &keys);

private:
    struct KeySource
    {
        std::string expression; // SQL for a fresh key ($n parameters added to `sql`)
        bool overriding = false; // GENERATED ALWAYS identity
    };
    Result<KeySource> keySource(class AdapterSql &sql, const AdapterWriteTarget &main);
    DbError stage(const std::vector<int> &fields, const std::vector<const CanonicalRecord *> &records);

    PgSession &m_session;
    const Adapter &m_adapter;
    QString m_entity;
    std::string m_stage;
};
