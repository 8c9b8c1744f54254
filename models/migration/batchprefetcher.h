#pragma once

#include "migration/migrationscopereader.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

// Reads an entity's next batches on a thread of its own while the caller loads the current one,
// so the source database, the parsing of its rows and the target's work overlap (two cores).
// The reader thread has the scope reader (and its source session) to itself until the
// prefetcher is destroyed; at most `depth` batches wait, so memory stays bounded.
class BatchPrefetcher
{
public:
    using Batch = QList<MigrationScopeReader::ScopedRecord>;

    BatchPrefetcher(MigrationScopeReader &scope, const QString &entity, const QStringList &after, int batchSize,
                    int depth = 2);
    ~BatchPrefetcher(); // stops the reader and waits for it
    BatchPrefetcher(const BatchPrefetcher &) = delete;
    BatchPrefetcher &operator=(const BatchPrefetcher &) = delete;

    // The next batch in source-key order; none when the entity is read to its end or reading
    // failed (error() says which). Batches handed out before a failure stand.
    std::optional<Batch> next();
    DbError error() const;

private:
    void read(MigrationScopeReader &scope, QString entity, QStringList after, int batchSize);

    const std::size_t m_depth;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_finished = false; // the reader is done (end, error or stop)
    DbError m_error;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
