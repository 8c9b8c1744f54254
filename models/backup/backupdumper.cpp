#include "backup/backupdumper.h"

#include "db/pgparam.h"

#include "backup/backupcontentwriter.h"
#include "db/pgsession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BackupDumper", text);
}

} // namespace

BackupDumper::BackupDumper(PgSession &session, BackupContentWriter &out) : m_session(session), m_out(out) {}

DbError BackupDumper::fixOutputSettings(PgSession &session)
{
    Result<std::int64_t> r = session.exec("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';"
                                          " SET extra_float_digits = 1; SET bytea_output = 'hex'");
    return r ? DbError() : r.error();
}

Result<BackupTable> BackupDumper::describe(PgSession &session, const QString &schema, const QString &table)
{
    BackupTable t;
    t.schema = schema;
    t.name = table;
    const PgParams params{t.quotedName()};
    Result<PgRows> cols = session.execParams(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
        " WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''"
        " ORDER BY a.attnum",
        params);
    if (!cols)
        return cols.error();
    if (cols->empty())
        return DbError::make(DbError::Kind::Query, tr("The table to back up does not exist."), {}, {}, t.qualifiedName());
    for (const auto &row : cols->rows)
        t.columns.push_back({QString::fromStdString(row[0].value_or("")), QString::fromStdString(row[1].value_or(""))});
    Result<PgRows> key = session.execParams(
        "SELECT a.attname FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
        " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
        " WHERE i.indrelid = to_regclass($1) AND i.indisprimary ORDER BY k.ord",
        params);
    if (!key)
        return key.error();
    for (const auto &row : key->rows)
        t.primaryKey.append(QString::fromStdString(row[0].value_or("")));
    return t;
}

Result<qint64> BackupDumper::copyRows(PgSession &session, const BackupTable &table, const std::string &whereSql,
                                      const LineCallback &onLine)
{
    std::string order;
    for (const QString &k : table.primaryKey)
        order += (order.empty() ? " ORDER BY " : ", ") + PgSession::quoteIdent(k.toStdString());
    const std::string sql = "COPY (SELECT " + table.quotedColumns() + " FROM " + table.quotedName()
        + (whereSql.empty() ? std::string() : " WHERE " + whereSql) + order + ") TO STDOUT";
    DbError failure;
    qint64 rows = 0;
    Result<std::int64_t> copied = session.copyOut(sql, [&](std::string_view data) {
        failure = onLine(QByteArrayView(data.data(), qsizetype(data.size())));
        ++rows;
        return !failure.isError();
    });
    if (failure.isError())
        return failure;
    if (!copied)
        return copied.error();
    return rows;
}

Result<std::string> BackupDumper::whereClause(const BackupTable &table, const BackupScope &scope) const
{
    std::string where;
    if (!scope.keyColumn.isEmpty()) {
        QString type;
        for (const BackupTable::Column &c : table.columns)
            if (c.name == scope.keyColumn)
                type = c.type;
        if (type.isEmpty())
            return DbError::make(DbError::Kind::Query, tr("The key column to back up by does not exist."), {}, {},
                                 table.qualifiedName() + QLatin1Char('.') + scope.keyColumn);
        Result<std::string> keys = m_session.quoteLiteral(PgParam::textArray(scope.keys));
        if (!keys)
            return keys.error();
        // The type name comes from format_type(), i.e. the catalog, not from a caller.
        where = PgSession::quoteIdent(scope.keyColumn.toStdString()) + " = ANY(" + *keys + "::" + type.toStdString() + "[])";
    }
    if (!scope.condition.isEmpty()) {
        // One left-to-right pass: a value that itself contains "$1" is never substituted again.
        const std::string text = scope.condition.toStdString();
        std::string condition;
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = at + 1;
            while (text[at] == '$' && end < text.size() && text[end] >= '0' && text[end] <= '9')
                ++end;
            if (end == at + 1) {
                condition += text[at++];
                continue;
            }
            const qsizetype index = end - at > 6 ? 0 : std::stoll(text.substr(at + 1, end - at - 1));
            if (index < 1 || index > scope.conditionParams.size())
                return DbError::make(DbError::Kind::Query, tr("The backup condition names a missing parameter."), {}, {},
                                     scope.condition);
            Result<std::string> literal = m_session.quoteLiteral(scope.conditionParams.at(index - 1).toStdString());
            if (!literal)
                return literal.error();
            condition += *literal;
            at = end;
        }
        where = where.empty() ? "(" + condition + ")" : where + " AND (" + condition + ")";
    }
    return where;
}

Result<qint64> BackupDumper::dump(const BackupScope &scope)
{
    if (DbError e = fixOutputSettings(m_session); e.isError())
        return e;
    Result<BackupTable> table = describe(m_session, scope.schema, scope.table);
    if (!table)
        return table.error();
    Result<std::string> where = whereClause(*table, scope);
    if (!where)
        return where.error();
    if (DbError e = m_out.beginTable(*table); e.isError())
        return e;
    return copyRows(m_session, *table, *where, [this](QByteArrayView line) {
        if (m_cancel && m_cancel->load())
            return DbError::make(DbError::Kind::Cancelled, tr("The backup was cancelled."));
        return m_out.addRow(line);
    });
}
