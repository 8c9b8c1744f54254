// zhiqiao-cli rollback RUN: undoes one migration run on its target and proves the result
// (MigrationRollback, docs/migration-rollback.md).
#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "migration/migrationrollback.h"
#include "migration/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
const char kPassphraseVariable[] = "ZHIQIAO_BACKUP_PASSPHRASE";
std::atomic<bool> g_cancel{false};

void onRollbackInterrupt(int)
{
    g_cancel.store(true); // checked between pages; the rollback finishes when run again
}

// RollbackCommand::tr() with a context lupdate can see.
struct RollbackCommand
{
    Q_DECLARE_TR_FUNCTIONS(RollbackCommand)
};

int usage(const QString &problem = {})
{
    QTextStream err(stderr);
    if (!problem.isEmpty())
        err << problem << "\n";
    err << CliText::usage({QStringLiteral("zhiqiao-cli rollback RUN [--key-file K] [--backup FILE] [--force] [--page-size N] [--json]")})
        << RollbackCommand::tr("Deletes what the run created on its target, writes back the target rows its backup holds, and proves\n"
              "the result. The backup's passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or the terminal, unless\n"
              "--key-file is given. Exit code 0 only when the rollback is proven.")
        << "\n";
    return 2;
}

int fail(const QString &message)
{
    QTextStream(stderr) << CliText::errorText(message) << "\n";
    return 1;
}

void printProgress(const MigrationProgress &p)
{
    static const bool terminal = isatty(fileno(stderr));
    QString line = CliText::runWord(p.phase);
    if (!p.entity.isEmpty())
        line += QLatin1Char(' ') + p.entity;
    if (p.rowsTotal > 0)
        line += QStringLiteral(" %1/%2").arg(p.rowsDone).arg(p.rowsTotal);
    if (p.rowsPerSecond > 0)
        line += QLatin1Char(' ') + RollbackCommand::tr("%1 rows/s").arg(qRound(p.rowsPerSecond));
    QTextStream err(stderr);
    if (terminal)
        err << "\r\033[K" << line << Qt::flush;
    else
        err << line << "\n";
}

void printResult(const MigrationRollbackResult &r)
{
    QTextStream out(stdout);
    out << RollbackCommand::tr("run: %1  status: %2").arg(r.runId.toString(QUuid::WithoutBraces), CliText::runWord(r.status))
        << "\n";
    // Columns padded by terminal width, so translated headers line up with the numbers.
    auto row = [&out](const QStringList &cells) {
        out << CliText::padRight(cells.at(0), 12);
        for (qsizetype i = 1; i < cells.size(); ++i)
            out << QLatin1Char(' ') << CliText::padLeft(cells.at(i), 9);
        out << "\n";
    };
    row({RollbackCommand::tr("entity"), RollbackCommand::tr("created"), RollbackCommand::tr("deleted"),
         RollbackCommand::tr("children"), RollbackCommand::tr("left")});
    for (const QString &entity : r.entities) {
        const MigrationRollbackResult::EntityCounts c = r.counts.value(entity);
        row({entity, QString::number(c.created), QString::number(c.deleted), QString::number(c.childDeleted),
             c.remaining < 0 ? QStringLiteral("-") : QString::number(c.remaining)});
    }
    if (r.notificationsRemoved > 0)
        out << RollbackCommand::tr("notifications removed: %1 (already sent: %2)").arg(r.notificationsRemoved).arg(r.notificationsAlreadySent) << "\n";
    if (!r.proof.isEmpty()) {
        out << RollbackCommand::tr("proof:") << "\n";
        for (const QString &line : r.proof)
            out << "  " << line << "\n";
    }
    out << (r.ok && r.proven ? RollbackCommand::tr("Rollback proven: the target rows the run affected are as before.") : RollbackCommand::tr("Rollback NOT proven."))
        << "\n";
    if (!r.error.isEmpty())
        QTextStream(stderr) << CliText::errorText(r.error) << "\n";
}
} // namespace

int runRollbackCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("run"), RollbackCommand::tr("Run id."));
    parser.addOptions({
        {QStringLiteral("key-file"), RollbackCommand::tr("Backup key file (else the passphrase)."), QStringLiteral("file")},
        {QStringLiteral("backup"), RollbackCommand::tr("The run's backup file, when it moved since the run."), QStringLiteral("file")},
        {QStringLiteral("force"), RollbackCommand::tr("Roll back even though the ledger says the run is still running (it was killed).")},
        {QStringLiteral("page-size"), RollbackCommand::tr("Ledger keys per delete transaction (default 1000)."), QStringLiteral("n")},
        {QStringLiteral("json"), RollbackCommand::tr("Print the result as JSON.")},
        {QStringLiteral("help"), RollbackCommand::tr("Show this help.")},
    });
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return usage();
    const QStringList positional = parser.positionalArguments(); // [RUN]; args[0] is the command
    const QUuid runId = QUuid::fromString(positional.value(0));
    if (positional.size() != 1 || runId.isNull())
        return usage(RollbackCommand::tr("Give one run id."));
    int pageSize = 1000;
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1)
            return usage(RollbackCommand::tr("--page-size takes a positive number."));
    }

    // The run record says which plan (hence which target) and which backup.
    auto ws = Workspace::connect();
    if (!ws)
        return fail(ws.error().message + QLatin1Char(' ') + ws.error().serverText);
    auto record = Workspace::getRun(**ws, runId);
    if (!record)
        return fail(record.error().message);
    if (!record->has_value())
        return fail(RollbackCommand::tr("The workspace has no run %1.").arg(runId.toString(QUuid::WithoutBraces)));
    const MigrationPlanLoadResult plan = MigrationPlanLoader::loadData((*record)->planJson);
    if (!plan.ok())
        return fail(RollbackCommand::tr("The run's plan in the workspace cannot be read:") + QLatin1Char('\n') + plan.problemsText());
    auto target = CliSupport::resolvePlatform(plan.plan->target);
    if (!target)
        return fail(target.error().message);

    MigrationRollbackSettings s;
    s.runId = runId;
    s.plan = *plan.plan;
    s.target = target->profile;
    s.targetPassword = target->password;
    s.backupPath = parser.value(QStringLiteral("backup"));
    s.force = parser.isSet(QStringLiteral("force"));
    s.pageSize = pageSize;
    if (parser.isSet(QStringLiteral("key-file")))
        s.secret = BackupSecret::fromKeyFile(parser.value(QStringLiteral("key-file")));
    else if (qEnvironmentVariableIsSet(kPassphraseVariable))
        s.secret = BackupSecret::fromPassphrase(qgetenv(kPassphraseVariable));
    else if (CliSupport::stdinIsTerminal())
        s.secret = BackupSecret::fromPassphrase(CliSupport::promptPassword(RollbackCommand::tr("Backup passphrase: ")).toUtf8());
    else
        return fail(RollbackCommand::tr("no backup key: give --key-file or set %1").arg(QString::fromLatin1(kPassphraseVariable)));

    std::signal(SIGINT, onRollbackInterrupt);
    MigrationRollback rollback(s);
    rollback.setProgressCallback(printProgress);
    const MigrationRollbackResult r = rollback.run(&g_cancel);
    if (isatty(fileno(stderr)))
        QTextStream(stderr) << "\n";
    if (parser.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
    else
        printResult(r);
    return r.ok && r.proven ? 0 : 1;
}
