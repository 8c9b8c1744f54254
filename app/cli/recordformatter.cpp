#include "recordformatter.h"

#include "clitext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
constexpr int kMaxCellWidth = 40;

QString clipped(const QString &text)
{
    QString out;
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = CliText::charWidth(c);
        if (width + w > kMaxCellWidth - 1) {
            out += QChar(0x2026); // …
            break;
        }
        out += QString::fromUcs4(&c, 1);
        width += w;
    }
    return out;
}
} // namespace

QString RecordFormatter::cellText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 6);
    return value.toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString RecordFormatter::table(const QStringList &fields, const QList<QVariantMap> &records)
{
    QList<QStringList> rows;
    QList<int> widths;
    for (const QString &f : fields)
        widths.append(CliText::displayWidth(f));
    for (const QVariantMap &r : records) {
        QStringList row;
        for (int i = 0; i < fields.size(); ++i) {
            row.append(clipped(cellText(r.value(fields[i]))));
            widths[i] = std::max(widths[i], CliText::displayWidth(row.last()));
        }
        rows.append(row);
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                out += QStringLiteral("  ");
            out += cells[i];
            if (i + 1 < cells.size())
                out += QString(widths[i] - CliText::displayWidth(cells[i]), QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(fields);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    out += line(rule);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString RecordFormatter::json(const QStringList &fields, const QList<QVariantMap> &records)
{
    // One record per line inside the array: readable, and easy to cut with line tools.
    QString out = QStringLiteral("[\n");
    // Fields in schema order (QJsonObject would sort them), each value encoded by QJsonDocument.
    auto encode = [](const QJsonValue &v) {
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(a.mid(1, a.size() - 2));
    };
    for (int i = 0; i < records.size(); ++i) {
        QStringList members;
        for (const QString &f : fields) {
            const QVariant v = records[i].value(f);
            QJsonValue jv;
            if (!v.isValid() || v.isNull())
                jv = QJsonValue::Null;
            else if (v.typeId() == QMetaType::QDateTime)
                jv = cellText(v);
            else
                jv = QJsonValue::fromVariant(v);
            members.append(encode(f) + QLatin1Char(':') + encode(jv));
        }
        out += QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}');
        out += i + 1 < records.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    return out + QStringLiteral("]\n");
}

QString RecordFormatter::tsv(const QStringList &fields, const QList<QVariantMap> &records)
{
    auto escape = [](QString s) {
        return s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\t'), QLatin1String("\\t"))
                .replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
    };
    QString out = fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QVariantMap &r : records) {
        QStringList cells;
        for (const QString &f : fields) {
            const QVariant v = r.value(f);
            cells.append(v.isValid() && !v.isNull() && v.typeId() != QMetaType::QDateTime
                                 && v.typeId() != QMetaType::Bool && v.typeId() != QMetaType::Double
                             ? escape(v.toString())
                             : escape(cellText(v)));
        }
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}
