#include "core/tablecsv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace TableCsv {
namespace {

QString field(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString toCsv(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        out += (c ? QStringLiteral(",") : QString()) + field(model.headerData(c, Qt::Horizontal).toString());
    out += QLatin1String("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c)
            out += (c ? QStringLiteral(",") : QString()) + field(model.index(r, c).data().toString());
        out += QLatin1String("\r\n");
    }
    return out;
}

bool write(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("TableCsv", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(toCsv(model).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("TableCsv", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace TableCsv
