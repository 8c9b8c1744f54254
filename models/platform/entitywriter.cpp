#include "platform/entitywriter.h"

#include "db/pgparam.h"
#include "platform/adaptersql.h"
#include "platform/canonicaltext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <pqxx/result>

namespace EntityWriter {

QList<const AdapterWriteColumn *> presentColumns(const AdapterWriteTarget &target, const CanonicalRecord &record)
{
    QList<const AdapterWriteColumn *> out;
    for (const AdapterWriteColumn &c : target.columns) {
        if (record.contains(c.field))
            out.append(&c);
    }
    return out;
}

std::optional<std::string> parameterText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toStdString();
    case QMetaType::Bool:
        return std::string(value.toBool() ? "true" : "false");
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17).toStdString();
    default:
        return value.toString().toStdString();
    }
}

std::optional<std::string> parameterText(const CanonicalValue &value)
{
    switch (value.kind) {
    case CanonicalValue::Kind::Absent:
    case CanonicalValue::Kind::Null: return std::nullopt;
    case CanonicalValue::Kind::Text: return value.text;
    case CanonicalValue::Kind::Integer: {
        std::string out;
        CanonicalText::appendInt(out, value.integer);
        return out;
    }
    case CanonicalValue::Kind::Real: {
        std::string out;
        CanonicalText::appendDouble(out, value.real);
        return out;
    }
    case CanonicalValue::Kind::Boolean: return std::string(value.boolean() ? "true" : "false");
    case CanonicalValue::Kind::Time: {
        std::string out;
        if (CanonicalText::appendUtcMillis(out, value.integer))
            return out;
        break;
    }
    case CanonicalValue::Kind::Other: break;
    }
    return parameterText(value.toVariant());
}

void appendCopyText(std::string &out, const CanonicalValue &value)
{
    if (value.kind == CanonicalValue::Kind::Text) { // most values: no copy
        PgSession::appendCopyText(out, std::string_view(value.text));
        return;
    }
    const std::optional<std::string> text = parameterText(value);
    PgSession::appendCopyText(out, text ? std::optional<std::string_view>(*text) : std::nullopt);
}

Result<ParamStatement> insertStatement(const Adapter &adapter, const QString &entityName, const QVariantMap &record)
{
    const CanonicalRecord r = CanonicalRecord::fromVariantMap(entityName, record);
    if (!r.extras().empty())
        return DbError::make(DbError::Kind::Other,
                             QCoreApplication::translate("EntityWriter", "Entity %1 has no field \"%2\".")
                                 .arg(entityName, r.extras().front().first));
    if (!r.entity())
        return DbError::make(DbError::Kind::AdapterInvalid,
                             QCoreApplication::translate("EntityWriter", "The adapter for %1 does not say how to write entity \"%2\".")
                                 .arg(adapter.platform, entityName), {}, {}, adapter.file);
    return insertStatement(adapter, r);
}

Result<ParamStatement> insertStatement(const Adapter &adapter, const CanonicalRecord &record)
{
    const QString entityName = record.entityName();
    const CanonicalEntity *canonical = CanonicalSchema::entity(entityName);
    const AdapterEntity *entity = adapter.entity(entityName);
    if (!canonical || !entity || !entity->hasWrite)
        return DbError::make(DbError::Kind::AdapterInvalid,
                             QCoreApplication::translate("EntityWriter", "The adapter for %1 does not say how to write entity \"%2\".")
                                 .arg(adapter.platform, entityName), {}, {}, adapter.file);
    if (!record.extras().empty())
        return DbError::make(DbError::Kind::Other,
                             QCoreApplication::translate("EntityWriter", "Entity %1 has no field \"%2\".")
                                 .arg(entityName, record.extras().front().first));

    AdapterSql sql;
    // One parameter per canonical field used, in first-use order, shared by every target.
    QHash<QString, std::string> placeholders;
    auto placeholder = [&](const QString &field) {
        auto it = placeholders.find(field);
        if (it == placeholders.end())
            it = placeholders.insert(field, sql.param(parameterText(record.value(field))));
        return *it;
    };

    const AdapterWriteTarget &main = entity->write;
    std::string columns, values;
    for (const AdapterWriteColumn *c : presentColumns(main, record)) {
        columns += (columns.empty() ? "" : ", ") + AdapterSql::ident(c->column);
        values += (values.empty() ? "" : ", ")
            + sql.writeExpression(*c, *canonical->field(c->field), placeholder(c->field));
    }
    std::string returning;
    for (const QString &r : main.returning)
        returning += (returning.empty() ? "" : ", ") + AdapterSql::ident(r);
    std::string insertMain = "INSERT INTO " + AdapterSql::table(adapter, main.table) + " ("
        + columns + ") VALUES (" + values + ")";
    if (columns.empty())
        insertMain = "INSERT INTO " + AdapterSql::table(adapter, main.table) + " DEFAULT VALUES";

    ParamStatement st;
    if (entity->writeChildren.isEmpty() || main.returning.isEmpty()) {
        st.sql = insertMain;
        if (!returning.empty()) {
            std::string asText;
            for (const QString &r : main.returning)
                asText += (asText.empty() ? "" : ", ") + AdapterSql::ident(r) + "::text";
            st.sql += " RETURNING " + asText;
        }
        st.params = sql.takeParams();
        return st;
    }

    // Children take the main row's generated key in one statement: data-modifying CTEs all run,
    // exactly once, whether or not the final SELECT reads them.
    std::string with = "WITH main_row AS (" + insertMain + " RETURNING " + returning + ")";
    const std::string parentKey = "main_row." + AdapterSql::ident(main.returning.first());
    for (int i = 0; i < entity->writeChildren.size(); ++i) {
        const AdapterWriteTarget &child = entity->writeChildren[i];
        std::string childColumns = AdapterSql::ident(child.parentColumn);
        std::string childValues = parentKey;
        for (const AdapterWriteColumn *c : presentColumns(child, record)) {
            childColumns += ", " + AdapterSql::ident(c->column);
            childValues += ", " + sql.writeExpression(*c, *canonical->field(c->field), placeholder(c->field));
        }
        std::string condition;
        if (!child.when.isEmpty())
            condition = " WHERE " + placeholder(child.when) + "::text IS NOT NULL";
        with += ", child_" + std::to_string(i) + " AS (INSERT INTO " + AdapterSql::table(adapter, child.table)
            + " (" + childColumns + ") SELECT " + childValues + " FROM main_row" + condition + ")";
    }
    std::string asText;
    for (const QString &r : main.returning)
        asText += (asText.empty() ? "" : ", ") + std::string("main_row.") + AdapterSql::ident(r) + "::text";
    st.sql = with + " SELECT " + asText + " FROM main_row";
    st.params = sql.takeParams();
    return st;
}

Result<QStringList> insert(pqxx::transaction_base &tx, const Adapter &adapter, const QString &entityName,
                           const QVariantMap &record)
{
    if (!adapter.catalogChecked)
        return DbError::make(DbError::Kind::AdapterMismatch,
                             QCoreApplication::translate("EntityWriter",
                                 "The adapter for %1 has not passed the check against this database.").arg(adapter.platform),
                             {}, {}, adapter.file);
    Result<ParamStatement> st = insertStatement(adapter, entityName, record);
    if (!st)
        return st.error();
    try {
        const pqxx::result rows = PgParam::exec(tx, st->sql, st->params);
        QStringList keys;
        if (!rows.empty()) {
            for (const pqxx::field &f : rows.front())
                keys.append(f.is_null() ? QString() : QString::fromUtf8(f.c_str()));
        }
        return keys;
    } catch (const std::exception &e) {
        return DbError::fromException(e);
    }
}

} // namespace EntityWriter
