// Loads the dashboard of each demo platform in a seeded database and prints each section's time:
//   bench_dashboard DATABASE [TIMEZONE]   (libpq's PGHOST/PGPORT/PGUSER/PGPASSFILE environment)
// e.g. zhiqiao-cli demo seed --users 100000 --dsn dbname=zq_bench, then bench_dashboard zq_bench.
// With ZQ_EXPLAIN=1 it first prints EXPLAIN ANALYZE of the active-users statements (the heaviest).
#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardqueries.h"
#include "db/pgconnection.h"
#include "db/pgsession.h"
#include "platform/adapterloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

namespace {
DashboardSource source(const QString &database, const QString &platform)
{
    DashboardSource s;
    s.profile.id = platform;
    s.profile.name = platform;
    s.profile.host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    s.profile.port = qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432;
    s.profile.user = qEnvironmentVariable("PGUSER");
    s.profile.database = database;
    s.profile.sslMode = QStringLiteral("disable");
    s.profile.adapterPath = QStringLiteral(":/adapters/%1.json").arg(platform);
    s.label = platform;
    return s;
}

void explain(const DashboardSource &source, const QString &zone, QTextStream &out)
{
    auto conn = PgConnection::open(source.profile, source.password);
    auto session = PgSession::open(source.profile, source.password);
    if (!conn.ok() || !session.ok())
        return;
    const AdapterLoadResult loaded = AdapterLoader::load(source.profile.adapterPath, *conn.value());
    if (!loaded.ok())
        return;
    const QDate latest(2025, 6, 30);
    for (const bool monthly : {false, true}) {
        const auto st = DashboardQueries::activeUsersStatement(*loaded.adapter, zone, monthly,
                                                                monthly ? QDate(2023, 7, 1) : latest.addDays(-89), latest.addDays(1));
        out << "-- " << source.label << (monthly ? " monthly" : " daily") << "\n" << QString::fromStdString(st.sql) << "\n";
        const auto plan = session.value()->execParams("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + st.sql, st.params);
        if (plan.ok())
            for (const auto &row : plan->rows)
                out << "  " << QString::fromStdString(row[0].value_or("")) << "\n";
        else
            out << plan.error().serverText << "\n";
    }
}

const char *name(PlatformDashboard::Section s)
{
    switch (s) {
    case PlatformDashboard::Section::Summary: return "summary";
    case PlatformDashboard::Section::NewUsers: return "new users";
    case PlatformDashboard::Section::Activity: return "active users";
    case PlatformDashboard::Section::Revenue: return "revenue";
    case PlatformDashboard::Section::Items: return "items";
    case PlatformDashboard::Section::Overlap: return "overlap";
    }
    return "?";
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_dashboard DATABASE [TIMEZONE]\n";
        return 2;
    }
    const QString zone = args.size() > 2 ? args[2] : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QTextStream out(stdout);
    if (qEnvironmentVariableIsSet("ZQ_EXPLAIN"))
        for (const char *platform : {"dedao", "ximalaya"})
            explain(source(args[1], QString::fromLatin1(platform)), zone, out);
    for (const auto &[self, other] : {std::pair{"dedao", "ximalaya"}, std::pair{"ximalaya", "dedao"}}) {
        DashboardRequest r;
        r.platform = source(args[1], QString::fromLatin1(self));
        r.others = {source(args[1], QString::fromLatin1(other))};
        r.timeZone = zone;
        QElapsedTimer clock;
        clock.start();
        const QList<DashboardSection> sections = DashboardLoader::run(r);
        out << self << " (time zone " << zone << "), total " << clock.elapsed() << " ms\n";
        for (const DashboardSection &s : sections) {
            out << "  " << QString::fromLatin1(name(s.section)).leftJustified(14) << QString::number(s.milliseconds).rightJustified(8)
                << " ms" << (s.ok() ? QString() : QStringLiteral("  ERROR ") + s.error.message + QLatin1Char(' ') + s.error.serverText) << "\n";
            const PlatformDashboard &d = s.data;
            switch (s.section) {
            case PlatformDashboard::Section::Summary:
                out << "    users " << d.totalUsers << ", latest day " << d.latestDay.toString(Qt::ISODate) << ", kpi month "
                    << d.kpiMonth.toString(Qt::ISODate) << "\n";
                break;
            case PlatformDashboard::Section::NewUsers:
                out << "    new in kpi month " << d.newUsersPerMonth.valueAt(r.platform.label.isEmpty() ? QDate() : sections[0].data.kpiMonth) << "\n";
                break;
            case PlatformDashboard::Section::Activity:
                out << "    active in kpi month " << d.activeUsersPerMonth.valueAt(sections[0].data.kpiMonth) << ", last day "
                    << (d.activeUsersPerDay.values.isEmpty() ? 0 : d.activeUsersPerDay.values.last()) << "\n";
                break;
            case PlatformDashboard::Section::Revenue:
                out << "    net revenue in kpi month " << d.revenuePerMonth.valueAt(sections[0].data.kpiMonth) << "\n";
                break;
            case PlatformDashboard::Section::Items:
                out << "    top item " << (d.topItems.isEmpty() ? QString() : d.topItems.first().title + QLatin1Char(' ') + d.topItems.first().netRevenue)
                    << ", categories " << d.categories.size() << "\n";
                break;
            case PlatformDashboard::Section::Overlap:
                out << "    people " << d.people;
                for (const DashboardOverlap &o : d.overlaps)
                    out << ", shared with " << o.platform << ": " << o.people << " of " << o.otherPeople;
                out << "\n";
                break;
            }
        }
    }
    return 0;
}
