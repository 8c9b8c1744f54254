#include "clicommands.h"
#include "clitext.h"
#include "platformsession.h"

#include "platform/adapterloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// zhiqiao-cli adapter check FILE: every problem of an adapter file, with its place.
namespace {
// AdapterCommand::tr() with a context lupdate can see.
struct AdapterCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdapterCommand)
};

int usage(const QString &problem = {})
{
    QTextStream err(stderr);
    if (!problem.isEmpty())
        err << problem << "\n";
    err << CliText::usage({QStringLiteral("zhiqiao-cli adapter check FILE [--platform NAME | --dsn CONNINFO]")})
        << AdapterCommand::tr("Without --platform or --dsn only the file itself is checked; with one, every schema,\n"
                              "table, column and type it names is also checked against that database.\n"
                              "Exit status: 0 no problems, 1 problems found, 2 usage error.")
        << "\n";
    return 2;
}
} // namespace

int runAdapterCommand(const QStringList &args)
{
    QCommandLineParser parser;
    PlatformSession::addOptions(parser);
    parser.addOption({QStringLiteral("help"), AdapterCommand::tr("Show this help.")});
    parser.addPositionalArgument(QStringLiteral("check"), AdapterCommand::tr("Check an adapter file."));
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments(); // [check, FILE]; args[0] is the command
    if (parser.isSet(QStringLiteral("help")))
        return usage();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("check"))
        return usage(!positional.isEmpty() && positional.at(0) != QLatin1String("check")
                         ? AdapterCommand::tr("Unknown subcommand \"%1\".").arg(positional.at(0)) : QString());
    const QString file = positional.at(1);

    QTextStream out(stdout);
    QTextStream err(stderr);
    AdapterLoadResult loaded;
    if (PlatformSession::wantsDatabase(parser)) {
        PlatformSession session;
        const Result<bool> opened = session.open(parser);
        if (!opened && !opened.error().message.isEmpty() && opened.error().kind != DbError::Kind::AdapterInvalid) {
            err << opened.error().message << "\n";
            if (!opened.error().serverText.isEmpty())
                err << opened.error().serverText.trimmed() << "\n";
            return 1;
        }
        loaded = AdapterLoader::load(file, session.connection());
    } else {
        loaded = AdapterLoader::loadFile(file);
    }
    for (const AdapterProblem &p : loaded.problems)
        out << p.toString() << "\n";
    if (!loaded.problems.isEmpty()) {
        out << AdapterCommand::tr("%n problem(s) found.", nullptr, int(loaded.problems.size())) << "\n";
        return 1;
    }
    out << AdapterCommand::tr("%1: adapter for platform %2 with %n entities is fine", nullptr, int(loaded.adapter->entities.size()))
               .arg(file, loaded.adapter->platform);
    out << (PlatformSession::wantsDatabase(parser) ? AdapterCommand::tr(" (checked against the database).")
                                                   : AdapterCommand::tr(" (file only; give --dsn or --platform to check the database)."))
        << "\n";
    return 0;
}
