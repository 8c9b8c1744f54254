// zhiqiao-cli summary --platform A --platform B ...: headline figures of each platform, read
// through its adapter, and the people present on two platforms at once (identity groups by
// normalised e-mail or phone).
#include "clicommands.h"
#include "clisupport.h"

#include "db/pgconnection.h"
#include "identity/identitylinker.h"
#include "overview/platformsummary.h"
#include "platform/adapterloader.h"
#include "platform/canonicalschema.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace {

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
    parser.setApplicationDescription(QStringLiteral(
        "Counts of every canonical entity on each platform and the overlap between platforms."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("platform"), QStringLiteral("Saved connection (repeat for several)."),
                      QStringLiteral("name")});
    parser.process(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList names = parser.values(QStringLiteral("platform"));
    if (names.isEmpty()) {
        err << "summary: give at least one --platform NAME (see `zhiqiao-cli connection list`)\n";
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
            err << name << ": the adapter does not match the database:\n" << loaded.problemsText() << "\n";
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
    int nameWidth = 10;
    for (const auto &f : figures)
        nameWidth = std::max(nameWidth, int(f.name.size()) + 2);
    out << QStringLiteral("Platform").leftJustified(nameWidth) << QStringLiteral("Env").leftJustified(13);
    for (const QString &e : entities)
        out << e.rightJustified(12);
    out << QStringLiteral("people").rightJustified(12) << "\n";
    for (const auto &f : figures) {
        out << f.name.leftJustified(nameWidth) << f.environment.leftJustified(13);
        for (const QString &e : entities)
            out << (f.counts.contains(e) ? number(f.counts.value(e)) : QStringLiteral("-")).rightJustified(12);
        out << number(f.people).rightJustified(12) << "\n";
    }
    out << "\n(people = accounts linked by normalised e-mail or phone into one person; a platform's\n"
           " duplicate accounts of one person count once)\n";
    if (figures.size() > 1) {
        out << "\nOverlap: people with accounts on both platforms\n";
        for (int i = 0; i < figures.size(); ++i) {
            for (int j = i + 1; j < figures.size(); ++j) {
                const int both = linker.overlap(figures[i].name, figures[j].name);
                out << "  " << figures[i].name << " <-> " << figures[j].name << ": " << number(both)
                    << QStringLiteral(" (%1% of %2, %3% of %4)")
                           .arg(figures[i].people ? 100.0 * both / figures[i].people : 0.0, 0, 'f', 1)
                           .arg(figures[i].name)
                           .arg(figures[j].people ? 100.0 * both / figures[j].people : 0.0, 0, 'f', 1)
                           .arg(figures[j].name)
                    << "\n";
            }
        }
    }
    out << "\nRead in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return 0;
}
