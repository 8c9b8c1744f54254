#pragma once

#include "db/connectionprofile.h"
#include "db/dberror.h"
#include "db/pgsession.h"
#include "db/result.h"
#include "platform/adapter.h"

#include <QFuture>
#include <QPromise>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

// A connected platform's database on a thread of its own, for the users area: one PgSession and
// the catalog-checked adapter, opened on the first job and opened again after a lost connection.
// Jobs run one after another. A job carries a Ticket; when the ticket has gone stale (a newer
// request of the same kind was made) before the job's turn, the job is skipped, and cancelStale()
// stops the statement of a running job whose ticket went stale: the server is asked from a pool
// thread (PQcancel connects to the server and waits for it). A cancel arriving late at the server
// can stop the next job's statement instead; that job, not stale, is run once more. The GUI
// thread only queues jobs and receives futures: it never waits here. Worker threads run at a
// lower priority than the GUI thread (lowerThreadPriority).
class PlatformWorker
{
public:
    struct Context
    {
        PgSession &session;
        const Adapter &adapter;
        QString connectionId;
        QString platform; // the label shown for this platform (the connection's name)
    };

    // Stale once `channel` has moved past `value`. A default ticket never goes stale.
    struct Ticket
    {
        std::shared_ptr<std::atomic<quint64>> channel;
        quint64 value = 0;
        bool stale() const { return channel && channel->load() != value; }
    };
    // A new ticket on `channel`, making every earlier ticket on it stale.
    static Ticket next(const std::shared_ptr<std::atomic<quint64>> &channel);

    PlatformWorker(const ConnectionProfile &profile, const QString &password, const QString &platformLabel);
    ~PlatformWorker(); // cancels the running statement, drops queued jobs and joins the thread

    QString connectionId() const { return m_profile.id; }
    QString platform() const { return m_label; }

    template <class T>
    QFuture<Result<T>> run(std::function<Result<T>(Context &)> job, Ticket ticket = {})
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        enqueue({ticket, [promise, ticket, job = std::move(job)](Context *c, const DbError &skipped) {
                     Result<T> r = c ? job(*c) : Result<T>(skipped);
                     if (c && !r.ok() && r.error().kind == DbError::Kind::Cancelled && !ticket.stale())
                         r = job(*c); // stopped by a late cancel meant for an earlier job
                     promise->addResult(std::move(r));
                     promise->finish();
                 }});
        return future;
    }

    // Cancels the running statement when its job's ticket is stale. Thread-safe; never waits.
    void cancelStale();

private:
    struct Job
    {
        Ticket ticket;
        std::function<void(Context *, const DbError &)> work; // Context null: skipped, with why
    };

    void enqueue(Job job);
    void loop();
    DbError ensureOpen();

    ConnectionProfile m_profile;
    QString m_password;
    QString m_label;

    // The running job's ticket and session, shared with cancel requests that may outlive the worker.
    struct Running
    {
        std::mutex mutex;
        Ticket ticket;
        std::shared_ptr<PgSession> session;
    };

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::shared_ptr<Running> m_running = std::make_shared<Running>();

    std::shared_ptr<PgSession> m_session; // worker thread only
    std::unique_ptr<Adapter> m_adapter;   // worker thread only
    std::thread m_thread;
};
