#include "core/backgroundpool.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

// A background pool is waited for when the application object is destroyed, inside main(), so
// no task of it still runs while static data is torn down after main(). Its own main(): the
// check is what happens when the QCoreApplication goes away.
int main(int argc, char **argv)
{
    std::atomic<bool> started{false}, finished{false};
    {
        QCoreApplication app(argc, argv);
        QThreadPool *pool = backgroundPool(QStringLiteral("test"), 2);
        if (pool->maxThreadCount() != 2 || pool->objectName() != QLatin1String("test")) {
            std::fprintf(stderr, "FAIL: pool settings not applied\n");
            return 1;
        }
        pool->start([&] {
            started = true;
            QThread::msleep(300);
            finished = true;
        });
        while (!started)
            QThread::msleep(1);
        if (finished) {
            std::fprintf(stderr, "FAIL: the task ended before the application did\n");
            return 1;
        }
    } // ~QCoreApplication
    if (!finished) {
        std::fprintf(stderr, "FAIL: the application ended while its background task still ran\n");
        return 1;
    }
    std::printf("PASS: the background pool was drained when the application ended\n");
#ifdef Q_OS_LINUX
    // A background thread yields to the GUI thread: nice 10 for that thread only.
    int inThread = 0;
    std::thread t([&inThread] {
        lowerThreadPriority();
        lowerThreadPriority(); // once is enough; a second call changes nothing
        inThread = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
    });
    t.join();
    const int here = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
    if (inThread != std::max(here, 10)) {
        std::fprintf(stderr, "FAIL: background thread nice %d, calling thread %d\n", inThread, here);
        return 1;
    }
    std::printf("PASS: a background thread runs at nice %d, the calling thread at %d\n", inThread, here);
#endif
    return 0;
}
