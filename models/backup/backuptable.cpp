#include "backup/backuptable.h"

#include "db/pgconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

std::string BackupTable::quotedName() const
{
    return PgConnection::quoteIdent(schema.toStdString()) + '.' + PgConnection::quoteIdent(name.toStdString());
}

std::string BackupTable::quotedColumns() const
{
    std::string out;
    for (const Column &c : columns) {
        if (!out.empty())
            out += ", ";
        out += PgConnection::quoteIdent(c.name.toStdString());
    }
    return out;
}

QByteArray BackupTable::toJson() const
{
    QJsonArray cols;
    for (const Column &c : columns)
        cols.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type}});
    QJsonObject o{{QStringLiteral("schema"), schema},
                  {QStringLiteral("table"), name},
                  {QStringLiteral("columns"), cols},
                  {QStringLiteral("primary_key"), QJsonArray::fromStringList(primaryKey)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<BackupTable> BackupTable::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    BackupTable t;
    t.schema = o.value(QStringLiteral("schema")).toString();
    t.name = o.value(QStringLiteral("table")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("columns")).toArray())
        t.columns.push_back({v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("type")).toString()});
    for (const QJsonValue &v : o.value(QStringLiteral("primary_key")).toArray())
        t.primaryKey.append(v.toString());
    bool ok = !t.schema.isEmpty() && !t.name.isEmpty() && !t.columns.empty();
    for (const Column &c : t.columns)
        ok = ok && !c.name.isEmpty() && !c.type.isEmpty();
    if (!ok)
        return DbError::make(DbError::Kind::Io,
                             QCoreApplication::translate("BackupTable", "A table section of the backup is not valid."), {}, {},
                             QString::fromUtf8(json.left(200)));
    return t;
}
