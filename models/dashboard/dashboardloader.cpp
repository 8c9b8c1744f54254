#include "dashboard/dashboardloader.h"

#include "core/backgroundpool.h"
#include "dashboard/dashboardqueries.h"
#include "db/pgconnection.h"
#include "db/pgsession.h"
#include "identity/overlapcounter.h"
#include "platform/adapterloader.h"
#include "platform/adaptersql.h"
#include "platform/canonicalquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

// The sessions of one load, so cancel() can reach the statements they run.
class DashboardSessions
{
public:
    // False when the load is already cancelled (the caller stops).
    bool add(PgSession *s)
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled)
            return false;
        m_sessions.push_back(s);
        return true;
    }
    void remove(PgSession *s)
    {
        std::lock_guard lock(m_mutex);
        m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), s), m_sessions.end());
    }
    void cancelAll()
    {
        std::lock_guard lock(m_mutex); // a session is removed (under this lock) before it is destroyed
        m_cancelled = true;
        for (PgSession *s : m_sessions)
            s->cancel();
    }
    int finishedOne() { return ++m_finished; }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    std::mutex m_mutex;
    std::vector<PgSession *> m_sessions;
    bool m_cancelled = false;
    std::atomic<int> m_finished{0};
};

namespace {

using Section = PlatformDashboard::Section;

QThreadPool *pool()
{
    // Own pool: a load waits for its parallel parts, which must not queue behind other loads
    // in the global pool. Mostly waiting on the server, so more threads than cores; each task
    // lowers its thread's priority so the GUI thread gets a core first.
    static QThreadPool *p = backgroundPool(QStringLiteral("ZhiqiaoDashboardPool"), 8);
    return p;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardLoader", text);
}

DbError cancelledError()
{
    return DbError::make(DbError::Kind::Cancelled, tr("Loading the dashboard was cancelled."));
}

// A session registered with the load for as long as it lives.
struct Lane
{
    Lane(DashboardSessions &s) : sessions(s) {}
    ~Lane()
    {
        if (session)
            sessions.remove(session.get());
    }
    DbError open(const DashboardSource &source, const Adapter *checked)
    {
        if (!checked) {
            // The catalog check fills the column types the typed SQL casts to.
            auto conn = PgConnection::open(source.profile, source.password);
            if (!conn.ok())
                return conn.error();
            AdapterLoadResult loaded = AdapterLoader::load(source.profile.adapterPath, *conn.value());
            if (!loaded.ok())
                return DbError::make(DbError::Kind::AdapterMismatch, tr("The adapter does not match the database."),
                                     loaded.problemsText(), {}, source.label);
            adapter = std::move(*loaded.adapter);
        } else {
            adapter = *checked;
        }
        auto s = PgSession::open(source.profile, source.password);
        if (!s.ok())
            return s.error();
        session = std::move(s.value());
        if (!sessions.add(session.get()))
            return cancelledError();
        session->exec("SET application_name = 'zhiqiao-dashboard'");
        return {};
    }

    DashboardSessions &sessions;
    Adapter adapter;
    std::unique_ptr<PgSession> session;
};

void report(QPromise<DashboardSection> &promise, DashboardSessions &sessions, Section section,
            const Result<PlatformDashboard> &r, const QElapsedTimer &clock, const QString &connectionId)
{
    DashboardSection s;
    s.section = section;
    s.milliseconds = clock.elapsed();
    if (r.ok())
        s.data = r.value();
    else
        s.error = r.error();
    s.data.connectionId = connectionId;
    promise.addResult(s);
    promise.setProgressValue(sessions.finishedOne());
}

// Every account of one platform as hashed identifiers, streamed (memory: ~24 bytes an account).
Result<std::vector<OverlapCounter::Account>> readAccounts(const DashboardSource &source, int index,
                                                          DashboardSessions &sessions, const Adapter *checked)
{
    Lane lane(sessions);
    if (DbError e = lane.open(source, checked); e.isError())
        return e;
    std::vector<OverlapCounter::Account> accounts;
    CanonicalQuery users(lane.adapter, QStringLiteral("user"));
    if (!users.isValid())
        return accounts;
    AdapterSql p;
    const std::string sql = users.sql(p, {QStringLiteral("email"), QStringLiteral("phone")});
    const auto streamed = lane.session->streamQuery(sql, p.takeParams(), [&](const PgSession::Row &row) {
        const std::string_view email = row.view(0), phone = row.view(1);
        accounts.push_back(OverlapCounter::identify(index, QString::fromUtf8(email.data(), qsizetype(email.size())),
                                                    QString::fromUtf8(phone.data(), qsizetype(phone.size()))));
        return true;
    });
    if (!streamed.ok())
        return streamed.error();
    return accounts;
}

Result<PlatformDashboard> overlap(const DashboardRequest &request, DashboardSessions &sessions, const Adapter &adapter)
{
    // One thread and connection per platform; the accounts are counted together so that groups
    // are those of all connected platforms, as in the users area.
    QList<DashboardSource> sources{request.platform};
    sources += request.others;
    sources.resize(std::min<qsizetype>(sources.size(), OverlapCounter::kMaxPlatforms));
    QList<QFuture<Result<std::vector<OverlapCounter::Account>>>> reads;
    for (int i = 0; i < sources.size(); ++i) {
        const DashboardSource source = sources[i];
        const Adapter *checked = i == 0 ? &adapter : nullptr;
        reads.append(QtConcurrent::run(pool(), [source, i, &sessions, checked] {
            lowerThreadPriority();
            return readAccounts(source, i, sessions, checked);
        }));
    }
    OverlapCounter counter;
    DbError failure;
    for (int i = 0; i < sources.size(); ++i) {
        counter.addPlatform(sources[i].label);
        Result<std::vector<OverlapCounter::Account>> r = reads[i].result();
        if (!r.ok() && !failure.isError())
            failure = r.error();
        else if (r.ok())
            counter.add(std::move(r.value()));
    }
    if (failure.isError())
        return failure;
    const OverlapCounter::Counts counts = counter.count(0);
    PlatformDashboard d;
    d.people = counts.people;
    for (int i = 1; i < sources.size(); ++i)
        d.overlaps.append({sources[i].profile.id, sources[i].label, counts.shared[i], counts.peopleOn[i]});
    return d;
}

void load(QPromise<DashboardSection> &promise, const DashboardRequest &request,
          const std::shared_ptr<DashboardSessions> &sessions)
{
    const QString id = request.platform.profile.id;
    promise.setProgressRange(0, request.overlap ? 6 : 5);
    QElapsedTimer clock;
    clock.start();
    Lane main(*sessions);
    if (DbError e = main.open(request.platform, nullptr); e.isError()) {
        report(promise, *sessions, Section::Summary, e, clock, id);
        return;
    }
    Result<PlatformDashboard> summary =
        DashboardQueries::summary(*main.session, main.adapter, request.timeZone, request.days, request.months);
    if (summary.ok())
        summary->platform = request.platform.label;
    report(promise, *sessions, Section::Summary, summary, clock, id);
    if (!summary.ok())
        return;
    const PlatformDashboard s = summary.value();

    // The heavy parts on connections of their own, while the main one does the rest.
    const Adapter &adapter = main.adapter;
    QFuture<void> activity = QtConcurrent::run(pool(), [&] {
        lowerThreadPriority();
        QElapsedTimer t;
        t.start();
        Lane lane(*sessions);
        DbError e = lane.open(request.platform, &adapter);
        Result<PlatformDashboard> r = e.isError() ? Result<PlatformDashboard>(e)
                                                  : DashboardQueries::activeUsers(*lane.session, lane.adapter, request.timeZone, s);
        report(promise, *sessions, Section::Activity, r, t, id);
    });
    QFuture<void> people;
    if (request.overlap) {
        people = QtConcurrent::run(pool(), [&] {
            lowerThreadPriority();
            QElapsedTimer t;
            t.start();
            report(promise, *sessions, Section::Overlap, overlap(request, *sessions, adapter), t, id);
        });
    }
    auto timed = [&](Section section, auto query) {
        if (promise.isCanceled() || sessions->cancelled())
            return;
        QElapsedTimer t;
        t.start();
        report(promise, *sessions, section, query(), t, id);
    };
    timed(Section::NewUsers, [&] { return DashboardQueries::newUsers(*main.session, adapter, request.timeZone, s); });
    timed(Section::Revenue, [&] { return DashboardQueries::revenue(*main.session, adapter, request.timeZone, s); });
    timed(Section::Items, [&] {
        return DashboardQueries::items(*main.session, adapter, request.timeZone, s, request.topItems);
    });
    activity.waitForFinished();
    if (request.overlap)
        people.waitForFinished();
}

} // namespace

DashboardLoad::~DashboardLoad() = default;

void DashboardLoad::cancel()
{
    m_future.cancel();
    std::shared_ptr<DashboardSessions> sessions = m_sessions;
    (void)QtConcurrent::run(pool(), [sessions] { sessions->cancelAll(); });
}

std::shared_ptr<DashboardLoad> DashboardLoader::start(const DashboardRequest &request)
{
    std::shared_ptr<DashboardLoad> job(new DashboardLoad);
    job->m_sessions = std::make_shared<DashboardSessions>();
    std::shared_ptr<DashboardSessions> sessions = job->m_sessions;
    job->m_future = QtConcurrent::run(pool(), [request, sessions](QPromise<DashboardSection> &promise) {
        lowerThreadPriority();
        load(promise, request, sessions);
    });
    return job;
}

QList<DashboardSection> DashboardLoader::run(const DashboardRequest &request)
{
    QFuture<DashboardSection> f = start(request)->future();
    f.waitForFinished();
    return f.results();
}
