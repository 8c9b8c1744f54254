#include "charts/profile/timelinebuckets.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {
const QStringList &canonicalKinds()
{
    static const QStringList kinds = {QStringLiteral("view"), QStringLiteral("click"), QStringLiteral("play"),
                                      QStringLiteral("like"), QStringLiteral("favourite"), QStringLiteral("comment"),
                                      QStringLiteral("share"), QStringLiteral("search")};
    return kinds;
}
} // namespace

qint64 TimelineTable::total(int bucketIndex) const
{
    qint64 sum = 0;
    for (const QList<qint64> &row : counts)
        sum += row.value(bucketIndex);
    return sum;
}

int TimelineTable::indexOf(const QDate &day) const
{
    if (starts.isEmpty() || !day.isValid())
        return -1;
    const QDate start = TimelineBuckets::startOf(day, bucket);
    const auto it = std::lower_bound(starts.cbegin(), starts.cend(), start);
    return it != starts.cend() && *it == start ? int(it - starts.cbegin()) : -1;
}

TimelineBucket TimelineBuckets::choose(qint64 spanDays)
{
    // About four months of days, about two and a half years of weeks, months beyond.
    if (spanDays <= 120)
        return TimelineBucket::Day;
    if (spanDays <= 130 * 7)
        return TimelineBucket::Week;
    return TimelineBucket::Month;
}

QDate TimelineBuckets::startOf(const QDate &day, TimelineBucket bucket)
{
    switch (bucket) {
    case TimelineBucket::Day: return day;
    case TimelineBucket::Week: return day.addDays(1 - day.dayOfWeek()); // Monday
    case TimelineBucket::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate TimelineBuckets::next(const QDate &start, TimelineBucket bucket)
{
    switch (bucket) {
    case TimelineBucket::Day: return start.addDays(1);
    case TimelineBucket::Week: return start.addDays(7);
    case TimelineBucket::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

TimelineTable TimelineBuckets::aggregate(const QList<Profile::DayKindCount> &days, TimelineBucket bucket,
                                         const QDate &from, const QDate &to)
{
    TimelineTable table;
    table.bucket = bucket;
    if (!from.isValid() || !to.isValid() || to < from)
        return table;
    for (QDate d = startOf(from, bucket); d <= to; d = next(d, bucket))
        table.starts.append(d);

    QStringList seen;
    for (const Profile::DayKindCount &row : days) {
        if (row.count > 0 && !seen.contains(row.kind))
            seen.append(row.kind);
    }
    for (const QString &kind : canonicalKinds()) {
        if (seen.contains(kind))
            table.kinds.append(kind);
    }
    QStringList others;
    for (const QString &kind : seen) {
        if (!canonicalKinds().contains(kind))
            others.append(kind);
    }
    others.sort();
    table.kinds += others;

    QHash<QString, int> kindIndex;
    for (int i = 0; i < table.kinds.size(); ++i)
        kindIndex.insert(table.kinds[i], i);
    table.counts = QList<QList<qint64>>(table.kinds.size(), QList<qint64>(table.starts.size(), 0));
    for (const Profile::DayKindCount &row : days) {
        const int b = row.count > 0 ? table.indexOf(row.day) : -1;
        if (b >= 0)
            table.counts[kindIndex.value(row.kind)][b] += row.count;
    }
    return table;
}

TimelineBuckets::Range TimelineBuckets::clampRange(const Range &history, QDate from, QDate to)
{
    const auto [first, last] = history;
    if (to < from)
        std::swap(from, to);
    from = std::clamp(from, first, last);
    to = std::clamp(to, first, last);
    if (from.daysTo(to) < kMinVisibleDays - 1) {
        // Widen a tiny selection to a week around its middle, inside the history.
        const QDate mid = from.addDays(from.daysTo(to) / 2);
        from = std::max(first, mid.addDays(-kMinVisibleDays / 2));
        to = std::min(last, from.addDays(kMinVisibleDays - 1));
    }
    return {from, to};
}

TimelineBuckets::Range TimelineBuckets::zoomRange(const Range &history, const Range &visible, const QDate &center,
                                                  double factor)
{
    const auto [first, last] = history;
    const double span = double(visible.first.daysTo(visible.second) + 1);
    const double newSpan = std::max(double(kMinVisibleDays), span * factor);
    const double before = double(visible.first.daysTo(center)) * newSpan / span;
    QDate from = center.addDays(-qint64(std::llround(before)));
    QDate to = from.addDays(qint64(std::llround(newSpan)) - 1);
    if (from < first) { // slide back inside the history rather than cut the span
        to = to.addDays(from.daysTo(first));
        from = first;
    }
    if (to > last) {
        from = std::max(first, from.addDays(-last.daysTo(to)));
        to = last;
    }
    return clampRange(history, from, to);
}
