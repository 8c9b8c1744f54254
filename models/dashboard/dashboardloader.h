#pragma once

#include "dashboard/platformdashboard.h"
#include "db/connectionprofile.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

class DashboardSessions;

// Where a dashboard reads from: a connected platform's credentials and the label people see.
struct DashboardSource
{
    ConnectionProfile profile;
    QString password; // empty: libpq's own sources (PGPASSWORD, pgpass)
    QString label;
};

struct DashboardRequest
{
    DashboardSource platform;
    QList<DashboardSource> others; // the other connected platforms, for the overlap
    QString timeZone;              // IANA zone of the operator, e.g. QTimeZone::systemTimeZoneId()
    int days = 90;                 // daily series: this many days up to the latest activity
    int months = 24;               // monthly series, top items, category mix
    int topItems = 10;             // top N by revenue and top N by buyers
    bool overlap = true;
};

// One dashboard being loaded, in the background: every database call runs on worker threads,
// each with a connection of its own (the platform's adapter loaded and catalog-checked on it).
// Sections arrive as results of future() in the order they finish, Summary first, so a view can
// fill itself as they come; the heavy ones (active users, overlap) run in parallel with the rest.
//
// cancel() ends it: no result is reported afterwards, and statements still running are cancelled
// on the server (asked from a pool thread: PQcancel opens a connection of its own).
class DashboardLoad
{
public:
    ~DashboardLoad();
    QFuture<DashboardSection> future() const { return m_future; }
    void cancel();

private:
    friend struct DashboardLoader;
    DashboardLoad() = default;

    QFuture<DashboardSection> m_future;
    std::shared_ptr<DashboardSessions> m_sessions;
};

struct DashboardLoader
{
    static std::shared_ptr<DashboardLoad> start(const DashboardRequest &request);
    // Synchronous (tests, benchmarks, CLI): every section, in the order they finished.
    static QList<DashboardSection> run(const DashboardRequest &request);
};
