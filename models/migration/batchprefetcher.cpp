#include "migration/batchprefetcher.h"

BatchPrefetcher::BatchPrefetcher(MigrationScopeReader &scope, const QString &entity, const QStringList &after,
                                 int batchSize, Prepare prepare, int depth)
    : m_depth(static_cast<std::size_t>(std::max(1, depth))), m_prepare(std::move(prepare))
{
    m_thread = std::thread(&BatchPrefetcher::read, this, std::ref(scope), entity, after, batchSize);
}

BatchPrefetcher::~BatchPrefetcher()
{
    m_stop = true;
    {
        std::lock_guard lock(m_mutex);
        m_ready.clear(); // frees a reader waiting for room
    }
    m_changed.notify_all();
    m_thread.join();
}

void BatchPrefetcher::read(MigrationScopeReader &scope, QString entity, QStringList after, int batchSize)
{
    const DbError e = scope.forEachBatch(entity, after, batchSize, [this](QList<MigrationScopeReader::ScopedRecord> &batch) {
        if (m_stop)
            return false;
        Item item;
        item.batch = std::move(batch);
        if (m_prepare)
            m_prepare(item);
        const bool failed = item.error.isError();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < m_depth; });
        if (m_stop)
            return false;
        m_ready.push_back(std::move(item));
        m_changed.notify_all();
        return !failed;
    });
    std::lock_guard lock(m_mutex);
    m_error = e;
    m_finished = true;
    m_changed.notify_all();
}

std::optional<BatchPrefetcher::Item> BatchPrefetcher::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return std::nullopt;
    Item item = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return item;
}

DbError BatchPrefetcher::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}
