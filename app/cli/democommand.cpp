// zhiqiao-cli demo seed|checksum: create the two demo platforms and prove their content.
#include "clicommands.h"
#include "clitext.h"

#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <mutex>

namespace {
// DemoCommand::tr() with a context lupdate can see.
struct DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true; // the generator stops at its next chunk and rolls back
}

QCommandLineOption dsnOption()
{
    return QCommandLineOption(QStringLiteral("dsn"),
                              DemoCommand::tr("libpq connection string (default: libpq's PGHOST/PGPORT/... environment)."),
                              QStringLiteral("conninfo"));
}

int fail(const DbError &e)
{
    QTextStream(stderr) << CliText::errorText(e) << "\n";
    return 1;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("zhiqiao-cli")} + args.mid(2))) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << DemoCommand::tr("unexpected argument: %1").arg(parser.positionalArguments().first()) << "\n";
        return false;
    }
    return true;
}

int runSeed(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), DemoCommand::tr("Number of people (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), DemoCommand::tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption dsn = dsnOption();
    parser.addOptions({users, seed, dsn});
    if (!parse(parser, args, DemoCommand::tr("Create the demo platforms dedao and ximalaya with deterministic data.")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;

    bool okUsers = false;
    bool okSeed = false;
    DemoSeedOptions options;
    options.users = parser.value(users).toULongLong(&okUsers);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    options.conninfo = parser.value(dsn).toStdString();
    if (!okUsers || options.users == 0 || !okSeed) {
        QTextStream(stderr) << DemoCommand::tr("--users must be a positive integer and --seed a non-negative integer") << "\n";
        return 2;
    }

    std::signal(SIGINT, onInterrupt);
    QElapsedTimer clock;
    clock.start();
    std::mutex printMutex;
    QString lastPhase;
    qint64 lastPrint = -1000;
    auto progress = [&](const DemoProgress &p) {
        std::lock_guard<std::mutex> lock(printMutex);
        const qint64 now = clock.elapsed();
        if (p.phase == lastPhase && now - lastPrint < 1000)
            return;
        lastPhase = p.phase;
        lastPrint = now;
        QTextStream(stderr) << DemoCommand::tr("[%1 s] %2 rows (~%3%)  %4")
                                   .arg(now / 1000.0, 6, 'f', 1)
                                   .arg(p.rowsDone, 10)
                                   .arg(p.rowsEstimated > 0 ? qMin<qint64>(99, p.rowsDone * 100 / p.rowsEstimated) : 0, 2)
                                   .arg(p.phase)
                            << "\n";
    };

    DemoGenerator generator(options);
    auto result = generator.seed(progress, &g_interrupted);
    std::signal(SIGINT, SIG_DFL);
    if (!result)
        return fail(result.error());

    QTextStream out(stdout);
    out << "demo seed: users=" << options.users << " seed=" << options.seed << "\n";
    for (const auto &[table, rows] : result->tableRows)
        out << "  " << CliText::padRight(table, 28) << QString::number(rows).rightJustified(12) << "\n";
    out << "  " << CliText::padRight(DemoCommand::tr("total"), 28) << QString::number(result->totalRows).rightJustified(12) << "\n";
    out << DemoCommand::tr("elapsed %1 s, %2 rows/s")
               .arg(result->seconds, 0, 'f', 2)
               .arg(result->seconds > 0 ? static_cast<qint64>(static_cast<double>(result->totalRows) / result->seconds) : 0)
        << "\n";
    return 0;
}

int runChecksum(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dsn = dsnOption();
    parser.addOption(dsn);
    if (!parse(parser, args, DemoCommand::tr("Print a hash of the full content of the demo platforms.")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const auto sum = DemoGenerator::checksum(parser.value(dsn).toStdString());
    if (!sum)
        return fail(sum.error());
    QTextStream(stdout) << sum.value() << "\n";
    return 0;
}

int demoUsage()
{
    QTextStream(stderr) << CliText::usage({QStringLiteral("zhiqiao-cli demo seed --users N --seed S [--dsn CONNINFO]"),
                                           QStringLiteral("zhiqiao-cli demo checksum [--dsn CONNINFO]")});
    return 2;
}
} // namespace

int runDemoCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("seed"))
        return runSeed(args);
    if (sub == QLatin1String("checksum"))
        return runChecksum(args);
    return demoUsage();
}
