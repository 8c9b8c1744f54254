#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Renders canonical records for `zhiqiao-cli read`: an aligned table for people (padded by terminal
// width, CJK characters take two columns), JSON and TSV for programs. Columns are the canonical
// fields in schema order; their names are the model's vocabulary and are not translated.
class RecordFormatter
{
public:
    static QString cellText(const QVariant &value); // timestamps ISO 8601 UTC, NULL empty
    static QString table(const QStringList &fields, const QList<QVariantMap> &records);
    static QString json(const QStringList &fields, const QList<QVariantMap> &records);
    static QString tsv(const QStringList &fields, const QList<QVariantMap> &records);
};
