#pragma once

#include <QString>

// How figures read everywhere (dashboards, profiles, charts): money as ¥ with two decimals and thousands separators, from the
// exact decimal text (never through a double); counts with separators.
namespace FigureFormat {
QString yuan(const QString &decimal); // "1234567.5" -> "¥1,234,567.50", "-3" -> "-¥3.00"
QString fen(qint64 fen);               // 123456750 -> "¥1,234,567.50" (amounts kept in fen)
QString count(qlonglong n);           // 1234567 -> "1,234,567"
double toDouble(const QString &decimal); // for charts only
} // namespace FigureFormat
