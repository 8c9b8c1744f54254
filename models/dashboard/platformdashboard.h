#pragma once

#include "db/dberror.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// The figures of one platform's dashboard, as plain data (no widgets). Money is exact decimal
// yuan text ("1234.50"), as canonical money is; counts are whole numbers. Series hold one value
// per day or month, oldest first, every period present (zero when nothing happened).
//
// Periods are relative to the platform's latest activity (its latest event), not to today: demo
// and archived data are historic, and a dashboard of empty recent months says nothing.
struct DashboardCountSeries
{
    QList<QDate> periods; // first day of each day/month, in the operator's time zone
    QList<qlonglong> values;

    qlonglong valueAt(const QDate &period) const;
};

struct DashboardMoneySeries
{
    QList<QDate> periods;
    QList<QString> yuan; // net of refunds, two decimals

    QString valueAt(const QDate &period) const; // "0.00" when absent
};

struct DashboardItem
{
    QString itemKey;
    QString title;        // empty when the order points at an item the platform does not have
    QString category;     // top-level category, empty when none
    qlonglong orders = 0;
    qlonglong buyers = 0; // distinct users
    QString netRevenue;   // yuan
    int rankByRevenue = 0; // 1 = best
    int rankByBuyers = 0;
};

struct DashboardCategory
{
    QString category; // top-level category, empty = uncategorised
    qlonglong orders = 0;
    QString netRevenue;
};

struct DashboardOverlap
{
    QString connectionId; // the other platform's connection
    QString platform;     // its label
    qlonglong people = 0; // identity groups with accounts on both platforms
    qlonglong otherPeople = 0; // identity groups with an account on the other platform
};

struct PlatformDashboard
{
    enum class Section { Summary, NewUsers, Activity, Revenue, Items, Overlap };

    QString connectionId;
    QString platform;

    // Summary
    qlonglong totalUsers = 0;
    QDate latestDay;   // local day of the latest event (else order, else registration)
    QDate kpiMonth;    // the month the "last month" tiles show: latestDay's month when it is
                       // complete, else the month before
    QDate firstDay;    // daily series window [firstDay, latestDay]
    QDate firstMonth;  // monthly series window [firstMonth, month of latestDay]

    // NewUsers
    DashboardCountSeries newUsersPerDay;
    DashboardCountSeries newUsersPerMonth;
    // Activity: distinct users with events
    DashboardCountSeries activeUsersPerDay;
    DashboardCountSeries activeUsersPerMonth;
    // Revenue (by the month of the order, refunds subtracted from the order they belong to)
    DashboardMoneySeries revenuePerMonth;
    // Items (over the monthly window)
    QList<DashboardItem> topItems; // the top N by revenue and the top N by buyers (union)
    QList<DashboardCategory> categories; // by net revenue, largest first
    // Overlap
    qlonglong people = 0; // identity groups with an account on this platform
    QList<DashboardOverlap> overlaps;

    // Copies the fields of `section` from `other` (a partial result) into this one.
    void take(Section section, const PlatformDashboard &other);
};

// One finished part of a dashboard load: the section's fields filled in `data` (Summary first,
// always), or the error that stopped it. The other sections still arrive.
struct DashboardSection
{
    PlatformDashboard::Section section = PlatformDashboard::Section::Summary;
    PlatformDashboard data;
    DbError error;
    qint64 milliseconds = 0; // time the section took (its SQL and, for overlap, the other platforms)

    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(DashboardSection)
