#include "migration/targetsequences.h"

namespace TargetSequences {

DbError advance(PgSession &session, const Adapter &target, const QString &entity)
{
    const AdapterEntity *e = target.entity(entity);
    if (!e || !e->hasWrite)
        return {};
    const std::string table = PgSession::quoteIdent(target.schema.toStdString()) + '.'
        + PgSession::quoteIdent(e->write.table.toStdString());
    for (const QString &column : e->write.returning) {
        auto seq = session.execParams("SELECT pg_get_serial_sequence($1, $2)", {table, column.toStdString()});
        if (!seq)
            return seq.error();
        if (seq->rows.empty() || !seq->rows.front().front())
            continue; // not a sequence-backed column
        // max() of the key; setval's third argument true: the next value is max + 1. Never moves
        // the sequence backwards (ordinary inserts may have gone beyond the migrated rows).
        const std::string sql = "SELECT setval($1::regclass, GREATEST(m, coalesce(pg_sequence_last_value($1::regclass), m)))"
                                " FROM (SELECT max(" + PgSession::quoteIdent(column.toStdString()) + ")::bigint AS m FROM "
            + table + ") t WHERE m IS NOT NULL";
        if (auto r = session.execParams(sql, {*seq->rows.front().front()}); !r)
            return r.error();
    }
    return {};
}

} // namespace TargetSequences
