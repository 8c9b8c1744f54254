#include "core/backgroundpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <cstdio>

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
    return 0;
}
