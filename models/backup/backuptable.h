#pragma once

#include "db/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// What a table section of a backup says about its table: enough to recreate it where it is
// missing (columns with their PostgreSQL type names as format_type() writes them, primary key).
struct BackupTable
{
    struct Column
    {
        QString name;
        QString type; // e.g. "bigint", "character varying(64)", "timestamp with time zone"
    };

    QString schema;
    QString name;
    std::vector<Column> columns;
    QStringList primaryKey;

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    // "schema"."table", quoted for SQL.
    std::string quotedName() const;
    // "a", "b", "c" in backup order.
    std::string quotedColumns() const;

    QByteArray toJson() const;
    static Result<BackupTable> fromJson(const QByteArray &json);
};
