// iALS training speed (issue 5): seconds per iteration at 64 factors, median of the iterations,
// on the goodbooks ratings and/or a demo platform read through its adapter; with 1 thread and
// with one per core, side by side in one run. Prints figures; not a test.
//   bench_recommend [--goodbooks DIR] [--dsn CONNINFO --adapter dedao] [--iterations N] [--factors K]
#include "platform/adaptersession.h"
#include "recommend/goodbooksreader.h"
#include "recommend/ialsmodel.h"
#include "recommend/platforminteractions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

void measure(const char *name, const Interactions &data, int factors, int iterations)
{
    std::printf("%s: %d people, %d items, %lld interactions\n", name, data.userCount(), data.itemCount(),
                static_cast<long long>(data.entryCount()));
    const int cores = std::max(1, QThread::idealThreadCount());
    for (int threads : {1, cores}) {
        IalsModel model;
        IalsModel::Options o;
        o.factors = factors;
        o.iterations = iterations;
        o.threads = threads;
        std::vector<double> perIteration;
        QElapsedTimer t;
        t.start();
        qint64 last = 0;
        IalsModel::Control c;
        c.progress = [&](int done, int) {
            if (done % 2 == 0) {
                const qint64 now = t.nsecsElapsed();
                perIteration.push_back((now - last) / 1e9);
                last = now;
            }
        };
        model.train(data, o, c);
        const double m = median(perIteration);
        const double perMillion = m / (double(data.entryCount()) / 1e6);
        std::printf("  %d thread%s: median %.3f s per iteration (min %.3f, max %.3f) = %.3f s per million interactions\n",
                    threads, threads == 1 ? "" : "s", m, *std::min_element(perIteration.begin(), perIteration.end()),
                    *std::max_element(perIteration.begin(), perIteration.end()), perMillion);
        if (threads == cores)
            break;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("goodbooks"), QStringLiteral("goodbooks directory"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("dsn"), QStringLiteral("libpq conninfo of the demo database"), QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("adapter"), QStringLiteral("adapter name or file (default dedao)"), QStringLiteral("name"), QStringLiteral("dedao")});
    p.addOption({QStringLiteral("iterations"), QStringLiteral("iterations (default 7)"), QStringLiteral("n"), QStringLiteral("7")});
    p.addOption({QStringLiteral("factors"), QStringLiteral("factors (default 64)"), QStringLiteral("n"), QStringLiteral("64")});
    p.process(app);
    const int iterations = p.value(QStringLiteral("iterations")).toInt();
    const int factors = p.value(QStringLiteral("factors")).toInt();
    std::printf("iALS, %d factors, %d iterations, %d cores\n", factors, iterations, QThread::idealThreadCount());
    if (p.isSet(QStringLiteral("goodbooks"))) {
        const QString dir = p.value(QStringLiteral("goodbooks"));
        auto catalogue = GoodbooksReader::readCatalogue(dir);
        auto data = catalogue.ok() ? GoodbooksReader::readRatings(QDir(dir).filePath(QStringLiteral("ratings.csv")), *catalogue,
                                                                  GoodbooksReader::Group::All)
                                   : Result<Interactions>(catalogue.error());
        if (!data.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
            return 1;
        }
        measure("goodbooks", *data, factors, iterations);
    }
    if (p.isSet(QStringLiteral("dsn"))) {
        const std::string dsn = p.value(QStringLiteral("dsn")).toStdString();
        QString adapter = p.value(QStringLiteral("adapter"));
        if (!QFile::exists(adapter))
            adapter = QStringLiteral(":/adapters/%1.json").arg(adapter);
        auto opened = AdapterSession::open(dsn, adapter);
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(opened.error().message), qPrintable(opened.error().serverText));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto data = PlatformInteractions::load(*opened->session, opened->adapter);
        if (!data.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
            return 1;
        }
        std::printf("read through the adapter in %.1f s\n", t.elapsed() / 1000.0);
        measure(qPrintable(p.value(QStringLiteral("adapter"))), *data, factors, iterations);
    }
    return 0;
}
