#include "users/platformworker.h"

#include "core/backgroundpool.h"
#include "db/pgconnection.h"
#include "platform/adapterloader.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlatformWorker", text);
}

QThreadPool *cancelPool()
{
    static QThreadPool *pool = backgroundPool(QStringLiteral("ZhiqiaoUsersCancel"), 2);
    return pool;
}

} // namespace

PlatformWorker::Ticket PlatformWorker::next(const std::shared_ptr<std::atomic<quint64>> &channel)
{
    return {channel, channel->fetch_add(1) + 1};
}

PlatformWorker::PlatformWorker(const ConnectionProfile &profile, const QString &password, const QString &platformLabel)
    : m_profile(profile), m_password(password), m_label(platformLabel)
{
    m_thread = std::thread([this] {
        lowerThreadPriority();
        loop();
    });
}

PlatformWorker::~PlatformWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    {
        std::lock_guard lock(m_running->mutex);
        if (m_running->session)
            m_running->session->cancel();
    }
    m_wake.notify_all();
    m_thread.join();
}

void PlatformWorker::enqueue(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back(std::move(job));
            job.work = nullptr;
        }
    }
    if (job.work) // refused while stopping
        job.work(nullptr, DbError::make(DbError::Kind::Cancelled, tr("The platform was disconnected.")));
    m_wake.notify_one();
}

void PlatformWorker::cancelStale()
{
    cancelPool()->start([running = m_running] {
        std::lock_guard lock(running->mutex); // the worker cannot start its next job meanwhile
        if (running->session && running->ticket.stale())
            running->session->cancel();
    });
}

DbError PlatformWorker::ensureOpen()
{
    if (m_session && m_session->isAlive() && m_adapter)
        return {};
    m_session.reset();
    if (!m_adapter) {
        // The catalog check fills the adapter's column types, which the SQL casts rely on.
        auto conn = PgConnection::open(m_profile, m_password);
        if (!conn.ok())
            return conn.error();
        AdapterLoadResult loaded = AdapterLoader::load(m_profile.adapterPath, *conn.value());
        if (!loaded.ok())
            return DbError::make(DbError::Kind::AdapterMismatch, tr("The adapter does not match the database."),
                                 loaded.problemsText());
        m_adapter = std::make_unique<Adapter>(std::move(*loaded.adapter));
    }
    auto session = PgSession::open(m_profile, m_password);
    if (!session.ok())
        return session.error();
    m_session = std::move(session.value());
    // One person's rows are few: parallel workers cost more to start than they save, and the
    // profile's aggregates should hash in memory rather than sort on disk.
    m_session->exec("SET application_name = 'zhiqiao-users'; SET max_parallel_workers_per_gather = 0; SET work_mem = '64MB'");
    return {};
}

void PlatformWorker::loop()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                for (Job &j : m_queue)
                    j.work(nullptr, DbError::make(DbError::Kind::Cancelled, tr("The platform was disconnected.")));
                m_queue.clear();
                return;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (job.ticket.stale()) {
            job.work(nullptr, DbError::make(DbError::Kind::Cancelled, tr("A newer request replaced this one.")));
            continue;
        }
        const DbError opened = ensureOpen();
        if (opened.isError()) {
            job.work(nullptr, opened);
            continue;
        }
        {
            std::lock_guard lock(m_running->mutex);
            m_running->ticket = job.ticket;
            m_running->session = m_session;
        }
        Context context{*m_session, *m_adapter, m_profile.id, m_label};
        job.work(&context, {});
        std::lock_guard lock(m_running->mutex);
        m_running->ticket = {};
        m_running->session.reset();
    }
}
