#include "platform/entitybulkwriter.h"

#include "platform/adaptersql.h"
#include "platform/canonicalschema.h"
#include "platform/adapterwritetext.h"
#include "platform/canonicaltext.h"
#include "platform/entitywriter.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EntityBulkWriter", text);
}

DbError problem(const QString &message)
{
    return DbError::make(DbError::Kind::Other, message);
}

std::string stageColumn(const QString &field)
{
    return "s." + AdapterSql::ident(field);
}

} // namespace

EntityBulkWriter::EntityBulkWriter(PgSession &session, const Adapter &adapter, const QString &entity)
    : m_session(session), m_adapter(adapter), m_entity(entity),
      m_stage("pg_temp." + AdapterSql::ident(QStringLiteral("zq_stage_") + entity))
{
}

Result<EntityBulkWriter::KeySource> EntityBulkWriter::keySource(AdapterSql &sql, const AdapterWriteTarget &main)
{
    const std::string table = AdapterSql::table(m_adapter, main.table);
    const std::string column = main.returning.first().toStdString();
    auto rows = m_session.execParams(
        "SELECT a.attidentity::text, pg_get_serial_sequence($1, $2), pg_get_expr(d.adbin, d.adrelid)"
        " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        " WHERE a.attrelid = $1::regclass AND a.attname = $2 AND NOT a.attisdropped",
        {table, column});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return problem(tr("The key column %1 of %2 is not in the target database.")
                           .arg(main.returning.first(), main.table));
    const auto &row = rows->rows.front();
    KeySource k;
    k.overriding = row[0] && *row[0] == "a";
    if (row[1]) {
        k.expression = "nextval(" + sql.param(*row[1]) + "::regclass)";
    } else if (row[2]) {
        // The column's own default, as the database would evaluate it for a plain INSERT.
        k.expression = "(" + *row[2] + ")";
    } else {
        return problem(tr("The target does not generate keys for %1.%2, so records cannot be written in bulk.")
                           .arg(main.table, main.returning.first()));
    }
    return k;
}

DbError EntityBulkWriter::stage(const std::vector<int> &fields, const std::vector<const CanonicalRecord *> &records)
{
    const CanonicalEntity *canonical = CanonicalSchema::entity(m_entity);
    std::string create = "SET LOCAL client_min_messages = warning; CREATE TEMP TABLE IF NOT EXISTS " + m_stage
        + " (\"zq_ord\" integer";
    std::string copy = "COPY " + m_stage + " (\"zq_ord\"";
    // Every field of the entity, so the table the session keeps fits any later batch.
    for (const CanonicalField &f : canonical->fields)
        create += ", " + AdapterSql::ident(f.name) + " text";
    for (const int f : fields)
        copy += ", " + AdapterSql::ident(canonical->fields.at(f).name);
    create += ") ON COMMIT DELETE ROWS; TRUNCATE " + m_stage;
    copy += ") FROM STDIN";
    if (auto r = m_session.exec(create); !r)
        return r.error();
    std::size_t next = 0;
    auto copied = m_session.copyIn(copy, [&](std::string &chunk) {
        while (next < records.size() && chunk.size() < PgSession::kChunkBytes) {
            const CanonicalRecord &record = *records[next];
            CanonicalText::appendInt(chunk, static_cast<std::int64_t>(next));
            for (const int f : fields) {
                chunk += '\t';
                EntityWriter::appendCopyText(chunk, record.at(f));
            }
            chunk += '\n';
            ++next;
        }
        return next < records.size() ? PgSession::Produce::More : PgSession::Produce::Done;
    });
    return copied ? DbError{} : copied.error();
}

std::optional<DbError> EntityBulkWriter::copyDirect(const std::vector<const CanonicalRecord *> &records,
                                                   std::vector<QString> &keys)
{
    const CanonicalEntity &canonical = *CanonicalSchema::entity(m_entity);
    const AdapterEntity &entity = *m_adapter.entity(m_entity);
    const AdapterWriteTarget &main = entity.write;
    const CanonicalRecord &first = *records.front();
    struct Target
    {
        const AdapterWriteTarget *target;
        QList<const AdapterWriteColumn *> columns;
        int when = -1; // child: written only where this field is not null
    };
    std::vector<Target> targets{{&main, EntityWriter::presentColumns(main, first), -1}};
    for (const AdapterWriteTarget &child : entity.writeChildren) {
        Target t{&child, EntityWriter::presentColumns(child, first), -1};
        if (!child.when.isEmpty()) {
            t.when = canonical.indexOf(child.when);
            if (t.when < 0 || first.at(t.when).isAbsent())
                continue; // never written (as the SQL path's WHERE false)
        }
        targets.push_back(t);
    }
    for (const Target &t : targets)
        for (const AdapterWriteColumn *c : t.columns)
            if (!AdapterWriteText::supports(*c, *canonical.field(c->field)))
                return std::nullopt;
    const QString keyColumn = main.returning.isEmpty() ? QString() : main.returning.first();
    for (const AdapterWriteColumn *c : targets.front().columns)
        if (c->column == keyColumn)
            return std::nullopt; // a key written from the record and returned: the SQL path's cast decides its text
    if (targets.front().columns.isEmpty() && keyColumn.isEmpty())
        return std::nullopt; // nothing but defaults: INSERT ... DEFAULT VALUES
    if (!keyColumn.isEmpty()) {
        AdapterSql sql;
        auto key = keySource(sql, main);
        if (!key)
            return key.error();
        if (key->overriding)
            return std::nullopt; // GENERATED ALWAYS: only INSERT ... OVERRIDING SYSTEM VALUE may write it
        const std::string n = sql.param(std::to_string(records.size()));
        std::size_t next = 0;
        auto drawn = m_session.query("SELECT (" + key->expression + ")::text FROM generate_series(1, " + n + "::int)",
                                     sql.takeParams(), [&](const PgSession::Rows &rows) {
            for (int r = 0; r < rows.count() && next < keys.size(); ++r)
                keys[next++] = QString::fromUtf8(rows.view(r, 0).data(), qsizetype(rows.view(r, 0).size()));
        });
        if (!drawn)
            return drawn.error();
        if (next != keys.size())
            return problem(tr("The target did not give %1 new keys for %2.").arg(records.size()).arg(main.table));
    }
    // Every row's text first: a value that cannot be converted here sends the batch the SQL way
    // before anything was written.
    std::vector<std::string> payloads(targets.size());
    std::optional<std::string> text;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const Target &target = targets[t];
        std::string &out = payloads[t];
        const bool child = t > 0;
        for (std::size_t i = 0; i < records.size(); ++i) {
            const CanonicalRecord &record = *records[i];
            if (target.when >= 0 && record.at(target.when).isNull())
                continue;
            bool separator = false;
            if (child || !keyColumn.isEmpty()) {
                PgSession::appendCopyText(out, keys[i].toStdString());
                separator = true;
            }
            for (const AdapterWriteColumn *c : target.columns) {
                if (!AdapterWriteText::value(*c, *canonical.field(c->field), record.value(c->field), text))
                    return std::nullopt;
                if (separator)
                    out += '\t';
                separator = true;
                PgSession::appendCopyText(out, text ? std::optional<std::string_view>(*text) : std::nullopt);
            }
            out += '\n';
        }
    }
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const Target &target = targets[t];
        if (payloads[t].empty())
            continue;
        std::string copy = "COPY " + AdapterSql::table(m_adapter, target.target->table) + " (";
        bool separator = false;
        if (t > 0 || !keyColumn.isEmpty()) {
            copy += AdapterSql::ident(t > 0 ? target.target->parentColumn : keyColumn);
            separator = true;
        }
        for (const AdapterWriteColumn *c : target.columns) {
            copy += (separator ? ", " : "") + AdapterSql::ident(c->column);
            separator = true;
        }
        copy += ") FROM STDIN";
        std::size_t offset = 0;
        const std::string &payload = payloads[t];
        auto copied = m_session.copyIn(copy, [&](std::string &chunk) {
            const std::size_t n = std::min(PgSession::kChunkBytes, payload.size() - offset);
            chunk.append(payload, offset, n);
            offset += n;
            return offset < payload.size() ? PgSession::Produce::More : PgSession::Produce::Done;
        });
        if (!copied)
            return copied.error();
    }
    if (keyColumn.isEmpty())
        std::fill(keys.begin(), keys.end(), QString());
    return DbError{};
}

DbError EntityBulkWriter::insert(const std::vector<const CanonicalRecord *> &records, std::vector<QString> &keys)
{
    keys.assign(records.size(), QString());
    if (records.empty())
        return {};
    const CanonicalEntity *canonical = CanonicalSchema::entity(m_entity);
    const AdapterEntity *entity = m_adapter.entity(m_entity);
    if (!canonical || !entity || !entity->hasWrite)
        return DbError::make(DbError::Kind::AdapterInvalid,
                             tr("The adapter for %1 does not say how to write entity \"%2\".").arg(m_adapter.platform, m_entity),
                             {}, {}, m_adapter.file);
    const CanonicalRecord &first = *records.front();
    if (first.entity() != canonical)
        return problem(tr("The records are not of entity %1.").arg(m_entity));
    if (!first.extras().empty())
        return problem(tr("Entity %1 has no field \"%2\".").arg(m_entity, first.extras().front().first));
    if (m_directCopy)
        if (std::optional<DbError> copied = copyDirect(records, keys))
            return *copied;
    std::vector<int> fields;
    for (int i = 0; i < first.size(); ++i)
        if (!first.at(i).isAbsent())
            fields.push_back(i);
    if (DbError e = stage(fields, records); e.isError())
        return e;

    AdapterSql sql;
    const AdapterWriteTarget &main = entity->write;
    auto columnsAndValues = [&](const AdapterWriteTarget &target, std::string &columns, std::string &values) {
        for (const AdapterWriteColumn *c : EntityWriter::presentColumns(target, first)) {
            columns += (columns.empty() ? "" : ", ") + AdapterSql::ident(c->column);
            values += (values.empty() ? "" : ", ") + sql.writeExpression(*c, *canonical->field(c->field), stageColumn(c->field));
        }
    };
    const std::string table = AdapterSql::table(m_adapter, main.table);

    if (main.returning.isEmpty()) {
        std::string columns, values;
        columnsAndValues(main, columns, values);
        const std::string statement = columns.empty()
            ? "INSERT INTO " + table + " SELECT FROM " + m_stage + " s" // every column takes its default
            : "INSERT INTO " + table + " (" + columns + ") SELECT " + values + " FROM " + m_stage + " s";
        auto done = m_session.execParams(statement, sql.takeParams());
        return done ? DbError{} : done.error();
    }

    // The key: written from the record when the write section maps it, else drawn fresh.
    std::string keyExpression;
    bool overriding = false;
    const QString keyColumn = main.returning.first();
    const AdapterWriteColumn *mappedKey = nullptr;
    for (const AdapterWriteColumn *c : EntityWriter::presentColumns(main, first))
        if (c->column == keyColumn)
            mappedKey = c;
    if (mappedKey) {
        keyExpression = sql.writeExpression(*mappedKey, *canonical->field(mappedKey->field), stageColumn(mappedKey->field));
    } else {
        auto key = keySource(sql, main);
        if (!key)
            return key.error();
        keyExpression = key->expression;
        overriding = key->overriding;
    }
    std::string columns = AdapterSql::ident(keyColumn), values = "s.\"zq_newkey\"";
    for (const AdapterWriteColumn *c : EntityWriter::presentColumns(main, first)) {
        if (c == mappedKey)
            continue;
        columns += ", " + AdapterSql::ident(c->column);
        values += ", " + sql.writeExpression(*c, *canonical->field(c->field), stageColumn(c->field));
    }
    std::string statement = "WITH \"keyed\" AS MATERIALIZED (SELECT s.*, " + keyExpression + " AS \"zq_newkey\" FROM "
        + m_stage + " s ORDER BY s.\"zq_ord\"), \"main_row\" AS (INSERT INTO " + table + " (" + columns + ")"
        + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + values + " FROM \"keyed\" s)";
    for (int i = 0; i < entity->writeChildren.size(); ++i) {
        const AdapterWriteTarget &child = entity->writeChildren[i];
        std::string childColumns = AdapterSql::ident(child.parentColumn), childValues = "s.\"zq_newkey\"";
        for (const AdapterWriteColumn *c : EntityWriter::presentColumns(child, first)) {
            childColumns += ", " + AdapterSql::ident(c->column);
            childValues += ", " + sql.writeExpression(*c, *canonical->field(c->field), stageColumn(c->field));
        }
        std::string condition;
        if (!child.when.isEmpty())
            condition = first.contains(child.when) ? " WHERE " + stageColumn(child.when) + " IS NOT NULL" : " WHERE false";
        statement += ", \"child_" + std::to_string(i) + "\" AS (INSERT INTO " + AdapterSql::table(m_adapter, child.table)
            + " (" + childColumns + ") SELECT " + childValues + " FROM \"keyed\" s" + condition + ")";
    }
    statement += " SELECT s.\"zq_ord\", s.\"zq_newkey\"::text FROM \"keyed\" s";
    auto rows = m_session.execParams(statement, sql.takeParams());
    if (!rows)
        return rows.error();
    for (const auto &row : rows->rows) {
        if (row.size() < 2 || !row[0] || !row[1])
            continue;
        const std::size_t ord = std::stoul(*row[0]);
        if (ord < keys.size())
            keys[ord] = QString::fromStdString(*row[1]);
    }
    return {};
}
