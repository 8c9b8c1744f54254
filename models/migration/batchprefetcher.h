#pragma once

#include "migration/batchloader.h"
#include "migration/migrationscopereader.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

// Reads an entity's next batches on a thread of its own, and prepares them there (the runner
// plans and digests them), while the caller writes the current one: the source database, the
// client's work and the target database overlap (two cores). The reader thread has the scope
// reader (and its source session) and whatever `prepare` uses to itself until the prefetcher is
// destroyed; at most `depth` batches wait, so memory stays bounded.
class BatchPrefetcher
{
public:
    struct Item
    {
        QList<MigrationScopeReader::ScopedRecord> batch;
        QList<PlannedRecord> planned; // filled by `prepare`
        qint64 alreadyMigrated = 0;
        QStringList retries;          // what `prepare` had to retry, for the caller to tell
        DbError error;                // `prepare` failed: the last item, reading stops
    };
    using Prepare = std::function<void(Item &item)>;

    BatchPrefetcher(MigrationScopeReader &scope, const QString &entity, const QStringList &after, int batchSize,
                    Prepare prepare = {}, int depth = 2);
    ~BatchPrefetcher(); // stops the reader and waits for it
    BatchPrefetcher(const BatchPrefetcher &) = delete;
    BatchPrefetcher &operator=(const BatchPrefetcher &) = delete;

    // The next batch in source-key order; none when the entity is read to its end or reading
    // failed (error() says which). Batches handed out before a failure stand.
    std::optional<Item> next();
    DbError error() const; // of reading the source

private:
    void read(MigrationScopeReader &scope, QString entity, QStringList after, int batchSize);

    const std::size_t m_depth;
    const Prepare m_prepare;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_ready;
    bool m_finished = false; // the reader is done (end, error or stop)
    DbError m_error;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
