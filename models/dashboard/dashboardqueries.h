#pragma once

#include "dashboard/platformdashboard.h"
#include "db/result.h"
#include "platform/adapter.h"

#include <QString>

#include <string>
#include <vector>
#include <optional>

class PgSession;

// The dashboard's aggregates, in SQL over CanonicalQuery (adapter entities as typed columns), so
// they work on any platform and the server does the counting. Synchronous: call them from a
// worker thread with that thread's own session and a catalog-checked adapter. Each fills only
// its section's fields of the PlatformDashboard it returns. An entity the adapter does not map
// gives empty figures, not an error.
//
// Time: days and months are those of `timeZone` (IANA name, a parameter); windows are
// [firstDay, latestDay] and [firstMonth, end of latestDay's month], from summary().
namespace DashboardQueries {

struct Statement
{
    std::string sql;
    std::vector<std::optional<std::string>> params;
};

// Users in total and the latest day with activity; computes the windows.
Result<PlatformDashboard> summary(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                  int days, int months);
Result<PlatformDashboard> newUsers(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                   const PlatformDashboard &summary);
Result<PlatformDashboard> activeUsers(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                      const PlatformDashboard &summary);
Result<PlatformDashboard> revenue(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                  const PlatformDashboard &summary);
Result<PlatformDashboard> items(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                const PlatformDashboard &summary, int topItems);

// Distinct users with events per day (or month) in [from, to): the heaviest statement, exposed
// for EXPLAIN in tests and benchmarks.
Statement activeUsersStatement(const Adapter &adapter, const QString &timeZone, bool monthly,
                               const QDate &from, const QDate &to);

// The kpiMonth rule: the latest day's month when that day ends the month, else the month before.
QDate kpiMonthFor(const QDate &latestDay);

} // namespace DashboardQueries
