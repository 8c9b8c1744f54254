#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Renders canonical records for `zhiqiao-cli read`: an aligned table for people, JSON and TSV
// for programs. Columns are the canonical fields in schema order.
class RecordFormatter
{
public:
    static QString cellText(const QVariant &value); // timestamps ISO 8601 UTC, NULL empty
    static QString table(const QStringList &fields, const QList<QVariantMap> &records);
    static QString json(const QStringList &fields, const QList<QVariantMap> &records);
    static QString tsv(const QStringList &fields, const QList<QVariantMap> &records);

private:
    static int displayWidth(const QString &text); // CJK characters take two columns
};
