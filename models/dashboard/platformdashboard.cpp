#include "dashboard/platformdashboard.h"

qlonglong DashboardCountSeries::valueAt(const QDate &period) const
{
    const qsizetype i = periods.indexOf(period);
    return i < 0 ? 0 : values.value(i);
}

QString DashboardMoneySeries::valueAt(const QDate &period) const
{
    const qsizetype i = periods.indexOf(period);
    return i < 0 ? QStringLiteral("0.00") : yuan.value(i);
}

void PlatformDashboard::take(Section section, const PlatformDashboard &o)
{
    switch (section) {
    case Section::Summary:
        connectionId = o.connectionId;
        platform = o.platform;
        totalUsers = o.totalUsers;
        latestDay = o.latestDay;
        kpiMonth = o.kpiMonth;
        firstDay = o.firstDay;
        firstMonth = o.firstMonth;
        break;
    case Section::NewUsers:
        newUsersPerDay = o.newUsersPerDay;
        newUsersPerMonth = o.newUsersPerMonth;
        break;
    case Section::Activity:
        activeUsersPerDay = o.activeUsersPerDay;
        activeUsersPerMonth = o.activeUsersPerMonth;
        break;
    case Section::Revenue: revenuePerMonth = o.revenuePerMonth; break;
    case Section::Items:
        topItems = o.topItems;
        categories = o.categories;
        break;
    case Section::Overlap:
        people = o.people;
        overlaps = o.overlaps;
        break;
    }
}
