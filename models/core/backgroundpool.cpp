#include "core/backgroundpool.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <mutex>
#include <vector>

namespace {

std::mutex g_mutex;
std::vector<QThreadPool *> g_pools;

void drainPools()
{
    std::vector<QThreadPool *> pools;
    {
        std::lock_guard lock(g_mutex);
        pools.swap(g_pools);
    }
    for (QThreadPool *p : pools)
        delete p; // waits for the tasks still running
}

} // namespace

QThreadPool *backgroundPool(const QString &name, int maxThreads)
{
    auto *pool = new QThreadPool;
    pool->setObjectName(name);
    pool->setMaxThreadCount(maxThreads);
    std::lock_guard lock(g_mutex);
    if (g_pools.empty())
        qAddPostRoutine(drainPools);
    g_pools.push_back(pool);
    return pool;
}
