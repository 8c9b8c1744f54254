#pragma once

#include <QString>

// How dashboard figures read: money as ¥ with two decimals and thousands separators, from the
// exact decimal text (never through a double); counts with separators.
namespace DashboardFormat {
QString yuan(const QString &decimal); // "1234567.5" -> "¥1,234,567.50", "-3" -> "-¥3.00"
QString count(qlonglong n);           // 1234567 -> "1,234,567"
double toDouble(const QString &decimal); // for charts only
} // namespace DashboardFormat
