#include "clicommands.h"
#include "core/allocatortuning.h"
#include "clilanguage.h"
#include "clitext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <vector>

namespace {
// CliMain::tr() with a context lupdate can see.
struct CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

struct Command
{
    const char *name;
    const char *summary; // translated when printed
    int (*run)(const QStringList &args);
};

// Commands are added here as they are built.
const std::vector<Command> kCommands = {
    {"connection", QT_TRANSLATE_NOOP("CliMain", "list, add, edit, remove and test saved platform connections"), runConnectionCommand},
    {"demo", QT_TRANSLATE_NOOP("CliMain", "create the demo platforms (seed) and hash their content (checksum)"), runDemoCommand},
    {"read", QT_TRANSLATE_NOOP("CliMain", "read canonical records of an entity from a platform"), runReadCommand},
    {"adapter", QT_TRANSLATE_NOOP("CliMain", "check an adapter file (and a database) and list every problem"), runAdapterCommand},
    {"summary", QT_TRANSLATE_NOOP("CliMain", "counts of every entity per platform and the overlap between platforms"), runSummaryCommand},
    {"backup", QT_TRANSLATE_NOOP("CliMain", "create, verify and restore encrypted backups; create key files (keygen)"), runBackupCommand},
    {"validate", QT_TRANSLATE_NOOP("CliMain", "re-check a run against the target and write the validation report"), runValidateCommand},
    {"migrate", QT_TRANSLATE_NOOP("CliMain", "check a migration plan, dry-run it, run or resume it, and show run status"), runMigrateCommand},
    {"rollback", QT_TRANSLATE_NOOP("CliMain", "undo a migration run on its target from its ledger and backup, and prove it"), runRollbackCommand},
    {"recommend", QT_TRANSLATE_NOOP("CliMain", "evaluate the recommenders offline (eval), train a model file (train), show a person's day one on a plan's target (dayone)"), runRecommendCommand},
};

int usage()
{
    QTextStream err(stderr);
    err << CliText::usage({QStringLiteral("zhiqiao-cli [--language en|zh_CN] <command> [options]")}) << "\n"
        << CliMain::tr("commands:") << "\n";
    for (const Command &c : kCommands)
        err << "  " << CliText::padRight(QString::fromLatin1(c.name), 12) << CliMain::tr(c.summary) << "\n";
    err << "\n"
        << CliMain::tr("Run `zhiqiao-cli <command> --help` for a command's options.") << "\n"
        << CliMain::tr("Language: --language en|zh_CN in front of the command, else the ZHIQIAO_LANGUAGE environment\n"
                       "variable, else the system locale (Chinese gives zh_CN), else English.")
        << "\n";
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    AllocatorTuning::limitArenas();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zhiqiao"));
    QCoreApplication::setApplicationName(QStringLiteral("Zhiqiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZQ_VERSION));

    // The language first, so that everything a command prints is in it.
    QStringList args = app.arguments().mid(1);
    const CliLanguage language = CliLanguage::choose(args);
    if (!language.install())
        QTextStream(stderr) << CliMain::tr("warning: the %1 translation could not be loaded; English is used.")
                                   .arg(language.language())
                            << "\n";
    switch (language.problem()) {
    case CliLanguage::Problem::None:
        break;
    case CliLanguage::Problem::BadVariable:
        QTextStream(stderr) << CliMain::tr("warning: %1").arg(language.problemText()) << "\n";
        break;
    case CliLanguage::Problem::MissingValue:
    case CliLanguage::Problem::BadOption:
        QTextStream(stderr) << CliText::errorText(language.problemText()) << "\n\n";
        return usage();
    }

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage();
    if (args.first() == QLatin1String("--version")) {
        std::printf("zhiqiao-cli %s\n", ZQ_VERSION);
        return 0;
    }
    // Commands see their own arguments only: args[0] is the command name.
    for (const Command &c : kCommands) {
        if (args.first() == QLatin1String(c.name))
            return c.run(args);
    }
    QTextStream(stderr) << CliMain::tr("unknown command: %1").arg(args.first()) << "\n";
    return usage();
}
