#pragma once

#include "users/profiledata.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

// Days, weeks (Monday to Sunday) or months: what one point of the behaviour timeline stands for.
// A chart of seven hundred daily spikes says nothing, so the bucket follows the visible range
// and keeps the number of points near a hundred.
enum class TimelineBucket { Day, Week, Month };

struct TimelineTable
{
    TimelineBucket bucket = TimelineBucket::Day;
    QList<QDate> starts;          // first day of each bucket, consecutive, no gaps
    QStringList kinds;            // canonical order first, then unknown kinds by name
    QList<QList<qint64>> counts;  // counts[kind][bucket]

    qint64 total(int bucketIndex) const;
    int indexOf(const QDate &day) const; // bucket holding the day, or -1
};

namespace TimelineBuckets {
TimelineBucket choose(qint64 spanDays);
QDate startOf(const QDate &day, TimelineBucket bucket);
QDate next(const QDate &start, TimelineBucket bucket);
// Every bucket from the one holding `from` to the one holding `to`, empty ones included (an
// area chart would otherwise draw a slope across a quiet month).
TimelineTable aggregate(const QList<Profile::DayKindCount> &days, TimelineBucket bucket,
                        const QDate &from, const QDate &to);

// Zooming, in whole days inside the history [first, last]; never narrower than a week.
constexpr int kMinVisibleDays = 7;
using Range = QPair<QDate, QDate>;
Range clampRange(const Range &history, QDate from, QDate to);
// `factor` < 1 zooms in; the day under the pointer (`center`) stays where it is.
Range zoomRange(const Range &history, const Range &visible, const QDate &center, double factor);
}
