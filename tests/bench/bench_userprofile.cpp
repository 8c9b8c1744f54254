// Users area benchmark (issue 4): on a seeded demo (scripts/bench-users.sh seeds 1M people),
// the time from choosing a person with at least 50k events to all profile data being ready
// (median of N), and the longest stall of the GUI thread while a profile and a dashboard load,
// measured by a 1 ms timer on the GUI thread. Prints figures; not a test.
//
//   bench_userprofile --database NAME [--user DEDAO_USER_ID] [--rounds 20]
#include "dashboard/dashboardpage.h"
#include "db/connectionmanager.h"
#include "db/pgsession.h"
#include "users/peoplemodel.h"
#include "users/profileview.h"
#include "users/userdirectory.h"
#include "users/userspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Longest gap between ticks of a 1 ms timer on the GUI thread, over a window, and how much of
// that gap the GUI thread itself was computing (its CPU time): on 2 cores shared with the
// database server, a gap can also be the thread waiting for a core.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_worst = m_worstCpu = m_busiest = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    double stopMs()
    {
        tick();
        m_timer.stop();
        return double(m_worst) / 1e6;
    }
    double worstCpuMs() const { return double(m_worstCpu) / 1e6; } // GUI-thread CPU in the worst gap
    double busiestMs() const { return double(m_busiest) / 1e6; }   // most GUI-thread CPU in any gap

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed(), cpu = threadCpuNs();
        if (now - m_last > m_worst) {
            m_worst = now - m_last;
            m_worstCpu = cpu - m_lastCpu;
        }
        m_busiest = std::max(m_busiest, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_lastCpu = 0;
    qint64 m_worst = 0, m_worstCpu = 0, m_busiest = 0;
};

template <class Sender, class Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

QString heavyUser(const QString &database)
{
    auto session = PgSession::open("dbname=" + database.toStdString());
    if (!session.ok())
        return {};
    // The person with the most events among those with at least 50k (uses the (user_id, ts) index).
    auto rows = (*session)->execParams(
        "SELECT user_id::text FROM dedao.user_actions GROUP BY user_id HAVING count(*) >= 50000 ORDER BY count(*) DESC LIMIT 1");
    if (!rows.ok() || rows->rows.empty() || !rows->rows[0][0])
        return {};
    return QString::fromStdString(*rows->rows[0][0]);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QTemporaryDir settingsDir;
    qputenv("ZHIQIAO_SETTINGS", settingsDir.filePath(QStringLiteral("bench.ini")).toUtf8());
    qputenv("ZHIQIAO_NO_KEYCHAIN", "1");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database holding both demo platforms."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("dedao user id (default: the one with most events)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Profile loads to time."), QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("together"), QStringLiteral("Runs of a profile and a dashboard loading at once."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const QString database = parser.value(QStringLiteral("database"));
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int togetherRounds = std::max(1, parser.value(QStringLiteral("together")).toInt());
    if (database.isEmpty()) {
        std::fprintf(stderr, "--database is required\n");
        return 2;
    }
    QString user = parser.value(QStringLiteral("user"));
    QElapsedTimer clock;
    clock.start();
    if (user.isEmpty())
        user = heavyUser(database);
    if (user.isEmpty()) {
        std::fprintf(stderr, "no dedao user with at least 50k events in %s\n", qPrintable(database));
        return 1;
    }
    std::printf("person: dedao user %s (found in %.1f s)\n", qPrintable(user), clock.elapsed() / 1000.0);

    ConnectionManager manager;
    QStringList ids;
    for (const QString &platform : {QStringLiteral("dedao"), QStringLiteral("ximalaya")}) {
        ConnectionProfile p;
        p.name = platform;
        p.host = qEnvironmentVariable("PGHOST");
        p.port = qEnvironmentVariableIntValue("PGPORT");
        p.user = qEnvironmentVariable("PGUSER");
        p.database = database;
        p.sslMode = QStringLiteral("disable");
        p.environment = QStringLiteral("test");
        p.adapterPath = QStringLiteral(":/adapters/%1.json").arg(platform);
        auto saved = manager.saveProfile(p);
        if (!saved.ok())
            return 1;
        ids << saved->id;
        manager.connectProfile(saved->id);
    }
    for (int i = 0; i < 400 && !(manager.isConnected(ids[0]) && manager.isConnected(ids[1])); ++i)
        QEventLoop().processEvents(QEventLoop::AllEvents, 50);
    UsersPage page(&manager);
    page.resize(1600, 1000);
    page.show();
    QEventLoop().processEvents();

    page.search(user);
    if (!waitFor(&page, &UsersPage::searchShown, 60000) || page.people()->rowCount() == 0) {
        std::fprintf(stderr, "search for %s found nobody\n", qPrintable(user));
        return 1;
    }
    int row = 0;
    for (int r = 0; r < page.people()->rowCount(); ++r)
        for (const auto &h : page.people()->person(r).accounts)
            if (h.account.platform == QLatin1String("dedao") && h.account.userKey == user)
                row = r;
    const Person person = page.people()->person(row);

    // The dashboard tab loads the first platform on its own: let it finish so that the profile
    // rounds below are timed alone.
    auto *dashboard = qobject_cast<DashboardPage *>(page.dashboard());
    if (dashboard->isLoading())
        waitFor(dashboard, &DashboardPage::loadFinished, 600000);

    StallProbe probe;
    QList<double> ready, onScreen, stalls, busy;
    qint64 events = 0;
    QElapsedTimer t;
    QObject::connect(page.directory(), &UserDirectory::profilesLoaded, &app, [&] { ready.append(t.nsecsElapsed() / 1e6); });
    for (int i = 0; i < rounds + 1; ++i) {
        probe.start();
        t.start();
        page.profileView()->showPerson(person);
        if (!waitFor(page.profileView(), &ProfileView::profileShown, 60000)) {
            std::fprintf(stderr, "profile did not load\n");
            return 1;
        }
        QEventLoop().processEvents(); // paint what was set
        onScreen.append(t.nsecsElapsed() / 1e6);
        stalls.append(probe.stopMs());
        busy.append(probe.busiestMs());
        if (i == 0) { // warm-up round: caches, first chart construction
            ready.clear();
            onScreen.clear();
            stalls.clear();
            busy.clear();
        }
    }
    for (const auto &p : page.profileView()->profiles())
        events += p.eventCount;
    std::printf("accounts: %lld, events: %lld\n", qlonglong(person.accounts.size()), qlonglong(events));
    std::printf("profile data ready (median of %d): %.1f ms  [min %.1f, max %.1f]\n", rounds, median(ready),
                *std::min_element(ready.begin(), ready.end()), *std::max_element(ready.begin(), ready.end()));
    std::printf("profile on screen, charts drawn (median): %.1f ms\n", median(onScreen));
    std::printf("GUI stall while a profile loads: median %.1f ms, worst %.1f ms; longest GUI-thread computation "
                "between two ticks: median %.1f ms, worst %.1f ms\n",
                median(stalls), *std::max_element(stalls.begin(), stalls.end()), median(busy),
                *std::max_element(busy.begin(), busy.end()));

    // A dashboard and a profile at once, several times (each dashboard load takes seconds at 1M).
    QList<double> togetherStalls, togetherCpu, togetherBusiest, profileMs, dashboardMs;
    double refreshCallMs = 0, showCallMs = 0;
    for (int i = 0; i < togetherRounds; ++i) {
        probe.start();
        t.start();
        dashboard->selectPlatform(ids[0]);
        QElapsedTimer call;
        call.start();
        dashboard->refresh();
        refreshCallMs = std::max(refreshCallMs, call.nsecsElapsed() / 1e6);
        call.start();
        page.profileView()->showPerson(person);
        showCallMs = std::max(showCallMs, call.nsecsElapsed() / 1e6);
        waitFor(page.profileView(), &ProfileView::profileShown, 60000);
        profileMs.append(t.nsecsElapsed() / 1e6);
        if (dashboard->isLoading())
            waitFor(dashboard, &DashboardPage::loadFinished, 600000);
        dashboardMs.append(t.nsecsElapsed() / 1e6);
        togetherStalls.append(probe.stopMs());
        togetherCpu.append(probe.worstCpuMs());
        togetherBusiest.append(probe.busiestMs());
    }
    std::printf("profile and dashboard together (%d runs): profile median %.0f ms, dashboard median %.0f ms; "
                "worst GUI stall median %.1f ms, worst %.1f ms (GUI-thread CPU in the worst gaps: median %.1f ms); "
                "longest GUI-thread computation between two ticks: worst %.1f ms; starting the dashboard took at most "
                "%.1f ms, the profile request %.1f ms\n",
                togetherRounds, median(profileMs), median(dashboardMs), median(togetherStalls),
                *std::max_element(togetherStalls.begin(), togetherStalls.end()), median(togetherCpu),
                *std::max_element(togetherBusiest.begin(), togetherBusiest.end()), refreshCallMs, showCallMs);
    return 0;
}
