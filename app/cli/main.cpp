#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <vector>

namespace {
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

// Commands are added here as they are built.
const std::vector<Command> kCommands = {
    {"connection", "list, add, edit, remove and test saved platform connections", runConnectionCommand},
    {"demo", "create the demo platforms (seed) and hash their content (checksum)", runDemoCommand},
    {"read", "read canonical records of an entity from a platform", runReadCommand},
    {"adapter", "check an adapter file (and a database) and list every problem", runAdapterCommand},
    {"summary", "counts of every entity per platform and the overlap between platforms", runSummaryCommand},
    {"backup", "create, verify and restore encrypted backups; create key files (keygen)", runBackupCommand},
    {"validate", "re-check a run against the target and write the validation report", runValidateCommand},
    {"migrate", "check a migration plan, dry-run it, run or resume it, and show run status", runMigrateCommand},
    {"rollback", "undo a migration run on its target from its ledger and backup, and prove it", runRollbackCommand},
};

int usage()
{
    QTextStream err(stderr);
    err << "usage: zhiqiao-cli <command> [options]\n\ncommands:\n";
    for (const Command &c : kCommands)
        err << "  " << QString::fromLatin1(c.name).leftJustified(12) << c.summary << "\n";
    err << "\nRun `zhiqiao-cli <command> --help` for a command's options.\n";
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zhiqiao"));
    QCoreApplication::setApplicationName(QStringLiteral("Zhiqiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZQ_VERSION));

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage();
    if (args.first() == QLatin1String("--version")) {
        std::printf("zhiqiao-cli %s\n", ZQ_VERSION);
        return 0;
    }
    for (const Command &c : kCommands) {
        if (args.first() == QLatin1String(c.name))
            return c.run(args);
    }
    QTextStream(stderr) << "unknown command: " << args.first() << "\n";
    return usage();
}
