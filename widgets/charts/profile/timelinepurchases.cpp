#include "charts/profile/timelinepurchases.h"

#include "charts/profile/profilelabels.h"

QMap<int, QList<int>> TimelinePurchases::byBucket(const TimelineTable &table, const QList<Profile::Purchase> &purchases)
{
    QMap<int, QList<int>> buckets;
    for (int i = 0; i < purchases.size(); ++i) {
        const int b = table.indexOf(purchases[i].orderedAt.date());
        if (b >= 0)
            buckets[b].append(i);
    }
    return buckets;
}

QString TimelinePurchases::toolTip(const QList<Profile::Purchase> &purchases, const QList<int> &indexes, int limit)
{
    QStringList lines;
    for (int n = 0; n < indexes.size() && n < limit; ++n) {
        const Profile::Purchase &p = purchases[indexes[n]];
        const QString title = p.itemTitle.isEmpty() ? p.itemKey : p.itemTitle;
        QString line = tr("%1: %2, %3").arg(p.orderedAt.date().toString(Qt::ISODate), title.toHtmlEscaped(),
                                            ProfileLabels::money(p.amountFen));
        if (p.refundFen > 0 || p.status == QLatin1String("refunded"))
            line += QLatin1Char(' ') + tr("(refunded %1)").arg(ProfileLabels::money(p.refundFen));
        lines.append(line);
    }
    if (indexes.size() > limit)
        lines.append(tr("and %n more", nullptr, int(indexes.size() - limit)));
    return lines.join(QStringLiteral("<br>"));
}
