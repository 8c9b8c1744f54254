#include "core/figureformat.h"

namespace FigureFormat {

namespace {
QString grouped(const QString &digits)
{
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits[i];
    }
    return out;
}
} // namespace

QString yuan(const QString &decimal)
{
    QString s = decimal.trimmed();
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative || s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    fraction = (fraction + QStringLiteral("00")).left(2); // values come rounded to 2 places
    const bool zero = whole.count(QLatin1Char('0')) == whole.size() && fraction == QLatin1String("00");
    return (negative && !zero ? QStringLiteral("-¥") : QStringLiteral("¥")) + grouped(whole) + QLatin1Char('.') + fraction;
}

QString fen(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return yuan((fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.')
                + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
}

QString count(qlonglong n)
{
    const QString digits = QString::number(n < 0 ? -n : n);
    return (n < 0 ? QStringLiteral("-") : QString()) + grouped(digits);
}

double toDouble(const QString &decimal)
{
    return decimal.toDouble();
}

} // namespace FigureFormat
