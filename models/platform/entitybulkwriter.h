#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"

#include <QString>
#include "platform/canonicalrecord.h"

#include <optional>
#include <vector>

// Writes many canonical records of one entity set-based, with the same conversions as
// EntityWriter::insertStatement. When every written column's conversion can be done in C++
// (AdapterWriteText), the rows go by COPY straight into the write table and its child tables,
// with the keys the target generates drawn beforehand in one statement (a COPY costs the
// target much less than an INSERT ... SELECT). Otherwise the records go by COPY into a
// temporary staging table of text columns, then ONE INSERT ... SELECT applies the SQL
// conversions; keys are drawn in that statement before the insert, row by row. Either way every
// record learns its own key without relying on the order of RETURNING rows.
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
    // COPY straight into the write table where possible (the default); off, always the SQL path
    // (tests compare the two).
    void setDirectCopy(bool direct) { m_directCopy = direct; }

private:
    struct KeySource
    {
        std::string expression; // SQL for a fresh key ($n parameters added to `sql`)
        bool overriding = false; // GENERATED ALWAYS identity
    };
    Result<KeySource> keySource(class AdapterSql &sql, const AdapterWriteTarget &main);
    DbError stage(const std::vector<int> &fields, const std::vector<const CanonicalRecord *> &records);
    // The COPY path; none when these records cannot go that way (then the staging path).
    std::optional<DbError> copyDirect(const std::vector<const CanonicalRecord *> &records, std::vector<QString> &keys);

    PgSession &m_session;
    const Adapter &m_adapter;
    QString m_entity;
    std::string m_stage;
    bool m_directCopy = true;
};
