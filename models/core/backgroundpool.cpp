#include "core/backgroundpool.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <pthread.h>
#include <sys/qos.h>
#endif

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

void lowerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#if defined(Q_OS_LINUX)
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id sets that thread's.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    const int current = getpriority(PRIO_PROCESS, tid);
    if (current < 10)
        setpriority(PRIO_PROCESS, tid, 10);
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(Q_OS_MACOS)
    pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#endif
}
