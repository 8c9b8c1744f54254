// zhiqiao-cli summary --platform A --platform B ...: headline figures of each platform, read
// through its adapter, and the people present on two platforms at once (identity groups by
// normalised e-mail or phone).
#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "db/pgconnection.h"
#include "identity/identitylinker.h"
#include "overview/platformsummary.h"
#include "platform/adapterloader.h"
#include "platform/canonicalschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace {

// SummaryCommand::tr() with a context lupdate can see.
struct SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)
};

struct PlatformFigures
{
    QString name;
    QString environment;
    QMap<QString, qlonglong> counts;
    qlonglong people = 0; // identity groups within the platform (duplicates merged)
};

QString number(qlonglong n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

int runSummaryCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SummaryCommand::tr("Counts of every canonical entity on each platform and the overlap between platforms."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("platform"), SummaryCommand::tr("Saved connection (repeat for several)."),
                      QStringLiteral("name")});
    parser.process(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList names = parser.values(QStringLiteral("platform"));
    if (names.isEmpty()) {
        err << SummaryCommand::tr("summary: give at least one --platform NAME (see `zhiqiao-cli connection list`)") << "\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    IdentityLinker linker;
    QList<PlatformFigures> figures;
    for (const QString &name : names) {
        const auto platform = CliSupport::resolvePlatform(name);
        if (!platform.ok()) {
            err << name << ": " << platform.error().message << "\n";
            return 1;
        }
        auto conn = PgConnection::open(platform->profile, platform->password);
        if (!conn.ok()) {
            err << name << ": " << conn.error().message << "\n  " << conn.error().serverText << "\n";
            return 1;
        }
        const AdapterLoadResult loaded = AdapterLoader::load(platform->profile.adapterPath, *conn.value());
        if (!loaded.ok()) {
            err << name << ": " << SummaryCommand::tr("the adapter does not match the database:") << "\n" << loaded.problemsText() << "\n";
            return 1;
        }
        PlatformFigures f;
        f.name = platform->profile.name;
        f.environment = platform->profile.environment;
        const auto counts = PlatformSummary::entityCounts(*conn.value(), *loaded.adapter);
        if (!counts.ok()) {
            err << name << ": " << counts.error().message << "\n  " << counts.error().serverText << "\n";
            return 1;
        }
        f.counts = counts.value();
        const auto added = PlatformSummary::addUsers(*conn.value(), *loaded.adapter, f.name, linker);
        if (!added.ok()) {
            err << name << ": " << added.error().message << "\n  " << added.error().serverText << "\n";
            return 1;
        }
        figures.append(f);
    }

    const QList<IdentityLinker::Group> groups = linker.groups(true);
    for (PlatformFigures &f : figures) {
        for (const auto &g : groups)
            f.people += g.platforms.contains(f.name) ? 1 : 0;
    }

    const QStringList entities = CanonicalSchema::entityNames();
    // Widths in terminal columns: platform names and translated headers may be Chinese. Entity
    // names are the canonical model's vocabulary and stay as they are.
    const QString platformHeader = SummaryCommand::tr("Platform");
    int nameWidth = std::max(10, CliText::displayWidth(platformHeader) + 2);
    for (const auto &f : figures)
        nameWidth = std::max(nameWidth, CliText::displayWidth(f.name) + 2);
    out << CliText::padRight(platformHeader, nameWidth) << CliText::padRight(SummaryCommand::tr("Env"), 13);
    for (const QString &e : entities)
        out << CliText::padLeft(e, 12);
    out << CliText::padLeft(SummaryCommand::tr("people"), 12) << "\n";
    for (const auto &f : figures) {
        out << CliText::padRight(f.name, nameWidth) << CliText::padRight(f.environment, 13);
        for (const QString &e : entities)
            out << CliText::padLeft(f.counts.contains(e) ? number(f.counts.value(e)) : QStringLiteral("-"), 12);
        out << CliText::padLeft(number(f.people), 12) << "\n";
    }
    out << "\n"
        << SummaryCommand::tr("(people = accounts linked by normalised e-mail or phone into one person; a platform's\n"
                              " duplicate accounts of one person count once)")
        << "\n";
    if (figures.size() > 1) {
        out << "\n" << SummaryCommand::tr("Overlap: people with accounts on both platforms") << "\n";
        for (int i = 0; i < figures.size(); ++i) {
            for (int j = i + 1; j < figures.size(); ++j) {
                const int both = linker.overlap(figures[i].name, figures[j].name);
                out << "  " << figures[i].name << " <-> " << figures[j].name << ": " << number(both)
                    << SummaryCommand::tr(" (%1% of %2, %3% of %4)")
                           .arg(figures[i].people ? 100.0 * both / figures[i].people : 0.0, 0, 'f', 1)
                           .arg(figures[i].name)
                           .arg(figures[j].people ? 100.0 * both / figures[j].people : 0.0, 0, 'f', 1)
                           .arg(figures[j].name)
                    << "\n";
            }
        }
    }
    out << "\n" << SummaryCommand::tr("Read in %1 s").arg(QString::number(timer.elapsed() / 1000.0, 'f', 1)) << "\n";
    return 0;
}
