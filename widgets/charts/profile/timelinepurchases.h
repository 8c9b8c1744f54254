#pragma once

#include "charts/profile/timelinebuckets.h"
#include "users/profiledata.h"

#include <QCoreApplication>
#include <QMap>

// The purchases of the behaviour timeline: which bucket each falls in (one marker per bucket,
// so a busy day is one marker, not a pile) and the tooltip that lists them.
class TimelinePurchases
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePurchases)

public:
    // Bucket index -> indexes into `purchases`, for the purchases inside the table's range.
    static QMap<int, QList<int>> byBucket(const TimelineTable &table, const QList<Profile::Purchase> &purchases);
    // Date, item title and amount per purchase (rich text), at most `limit` lines and a count of the rest.
    static QString toolTip(const QList<Profile::Purchase> &purchases, const QList<int> &indexes, int limit = 8);
};
