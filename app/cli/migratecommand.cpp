// zhiqiao-cli migrate check|dry-run|run|status: drives MigrationRunner (docs/migration-design.md).
#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "migration/migrationrollback.h"
#include "migration/migrationrunner.h"
#include "migration/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace {
// MigrateCommand::tr() with a context lupdate can see.
struct MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)
};

const QString kPassphraseVariable = QStringLiteral("ZHIQIAO_BACKUP_PASSPHRASE");
std::atomic<bool> g_cancel{false};

void onMigrateInterrupt(int)
{
    g_cancel.store(true); // checked between batches; the run stays resumable
}

// TEST ONLY (tests/integration/tst_migratekill.cpp): ZHIQIAO_TEST_CRASH=ENTITY:BATCH:POINT, POINT
// `before-commit` (the batch's rows and ledger rows written, COMMIT not sent) or `after-commit`
// (committed, not yet taken as acknowledged by the runner). At that point `migrate run` prints the
// fixed marker line ZQ-TEST-CRASH-POINT to stderr and blocks until the test kills it (SIGKILL).
// Unset or malformed: no hook, production behaviour unchanged.
const char kTestCrashVariable[] = "ZHIQIAO_TEST_CRASH";

BatchLoader::PointHook testCrashHook()
{
    const QStringList parts = qEnvironmentVariable(kTestCrashVariable).split(QLatin1Char(':'));
    if (parts.size() != 3)
        return {};
    bool ok = false;
    const int batchNo = parts.at(1).toInt(&ok);
    if (!ok)
        return {};
    BatchLoader::Point point;
    if (parts.at(2) == QLatin1String("before-commit"))
        point = BatchLoader::Point::BeforeCommit;
    else if (parts.at(2) == QLatin1String("after-commit"))
        point = BatchLoader::Point::AfterCommit;
    else
        return {};
    return [entity = parts.at(0), batchNo, point](const QString &e, int b, BatchLoader::Point p) {
        if (e != entity || b != batchNo || p != point)
            return;
        std::fputs("ZQ-TEST-CRASH-POINT\n", stderr);
        std::fflush(stderr);
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    };
}

int fail(const QString &message)
{
    QTextStream(stderr) << CliText::errorText(message) << "\n";
    return 1;
}

std::optional<MigrationPlan> loadPlan(const QString &path)
{
    const MigrationPlanLoadResult r = MigrationPlanLoader::loadFile(path);
    if (!r.ok()) {
        QTextStream(stderr) << r.problemsText(path);
        return std::nullopt;
    }
    return r.plan;
}

void printProgress(const MigrationProgress &p)
{
    static const bool terminal = isatty(fileno(stderr));
    QTextStream err(stderr);
    QString line = CliText::runWord(p.phase);
    if (!p.entity.isEmpty())
        line += QLatin1Char(' ') + p.entity;
    if (p.rowsTotal > 0) {
        const int width = 30;
        const int filled = int(width * std::min<qint64>(p.rowsDone, p.rowsTotal) / p.rowsTotal);
        line += QStringLiteral(" [%1%2] %3/%4").arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                    .arg(p.rowsDone).arg(p.rowsTotal);
    } else if (p.rowsDone > 0) {
        line += QLatin1Char(' ') + MigrateCommand::tr("%1 rows").arg(p.rowsDone);
    }
    if (p.rowsPerSecond > 0)
        line += QLatin1Char(' ') + MigrateCommand::tr("%1 rows/s").arg(qRound(p.rowsPerSecond));
    if (p.etaSeconds >= 0)
        line += QLatin1Char(' ') + MigrateCommand::tr("ETA %1 s").arg(p.etaSeconds);
    if (terminal)
        err << "\r\033[K" << line << Qt::flush;
    else
        err << line << "\n";
}

void printCounts(const MigrationRunResult &r)
{
    QTextStream out(stdout);
    out << MigrateCommand::tr("plan fingerprint: %1").arg(r.planFingerprint) << "\n";
    if (!r.runId.isNull())
        out << MigrateCommand::tr("run: %1  status: %2").arg(r.runId.toString(QUuid::WithoutBraces), CliText::runWord(r.status))
            << "\n";
    // Columns padded by terminal width, so translated headers line up with the numbers.
    auto row = [&out](const QStringList &cells) {
        out << CliText::padRight(cells.at(0), 12);
        for (qsizetype i = 1; i < cells.size(); ++i)
            out << QLatin1Char(' ') << (i + 1 < cells.size() ? CliText::padLeft(cells.at(i), 8) : cells.at(i));
        out << "\n";
    };
    row({MigrateCommand::tr("entity"), MigrateCommand::tr("source"), MigrateCommand::tr("created"), MigrateCommand::tr("merged"),
         MigrateCommand::tr("skipped"), MigrateCommand::tr("quarant."), MigrateCommand::tr("dropped"), MigrateCommand::tr("balanced")});
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        row({it.key(), QString::number(it->source), QString::number(it->created), QString::number(it->merged),
             QString::number(it->skipped), QString::number(it->quarantined), QString::number(it->dropped),
             CliText::yesNo(it->balanced())});
    if (!r.error.isEmpty())
        QTextStream(stderr) << CliText::errorText(r.error) << "\n";
}

int execute(const QStringList &args, bool dryRun)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), MigrateCommand::tr("Migration plan file."));
    parser.addOption({QStringLiteral("json"), MigrateCommand::tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("backup"), MigrateCommand::tr("Backup file to write before loading."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("key-file"), MigrateCommand::tr("Backup key file (else the passphrase)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("run-id"), MigrateCommand::tr("Resume this run."), QStringLiteral("id")});
    if (!parser.parse(QStringList{QStringLiteral("zhiqiao-cli")} + args.mid(2)) || parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << parser.errorText() << "\n" << parser.helpText();
        return 2;
    }
    const std::optional<MigrationPlan> plan = loadPlan(parser.positionalArguments().first());
    if (!plan)
        return 1;
    auto source = CliSupport::resolvePlatform(plan->source);
    if (!source)
        return fail(source.error().message);
    auto target = CliSupport::resolvePlatform(plan->target);
    if (!target)
        return fail(target.error().message);
    MigrationRunSettings s{*plan, source->profile, source->password, target->profile, target->password, dryRun, {}, {}, 5};
    if (!dryRun) {
        if (!parser.isSet(QStringLiteral("backup")))
            return fail(MigrateCommand::tr("--backup FILE is required: the run writes a backup before it changes the target"));
        BackupSecret secret;
        if (parser.isSet(QStringLiteral("key-file")))
            secret = BackupSecret::fromKeyFile(parser.value(QStringLiteral("key-file")));
        else if (qEnvironmentVariableIsSet(qPrintable(kPassphraseVariable)))
            secret = BackupSecret::fromPassphrase(qgetenv(qPrintable(kPassphraseVariable)));
        else if (CliSupport::stdinIsTerminal())
            secret = BackupSecret::fromPassphrase(CliSupport::promptPassword(MigrateCommand::tr("Backup passphrase: ")).toUtf8());
        else
            return fail(MigrateCommand::tr("no backup key: give --key-file or set %1").arg(kPassphraseVariable));
        s.backup = MigrationBackup::Settings{parser.value(QStringLiteral("backup")), secret, std::nullopt};
        s.pointHook = testCrashHook(); // test only; empty unless ZHIQIAO_TEST_CRASH is set
        if (parser.isSet(QStringLiteral("run-id"))) {
            s.runId = QUuid::fromString(parser.value(QStringLiteral("run-id")));
            if (s.runId.isNull())
                return fail(MigrateCommand::tr("--run-id is not a run id"));
            // A rolled-back run stays rolled back (the runner itself does not check this yet).
            auto refusal = MigrationRollback::resumeRefusal(s.target, s.targetPassword, s.runId);
            if (!refusal)
                return fail(refusal.error().message);
            if (!refusal->isEmpty())
                return fail(*refusal);
        }
    }
    std::signal(SIGINT, onMigrateInterrupt);
    MigrationRunner runner(s);
    runner.setProgressCallback(printProgress);
    const MigrationRunResult r = runner.run(&g_cancel);
    if (isatty(fileno(stderr)))
        QTextStream(stderr) << "\n";
    if (parser.isSet(QStringLiteral("json")))
        QTextStream(stdout) << QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
    else
        printCounts(r);
    if (r.cancelled && !r.runId.isNull())
        QTextStream(stderr) << MigrateCommand::tr("cancelled; resume with --run-id %1").arg(r.runId.toString(QUuid::WithoutBraces))
                            << "\n";
    return r.ok ? 0 : 1;
}

int status(const QStringList &args)
{
    auto ws = Workspace::connect();
    if (!ws)
        return fail(ws.error().message + QLatin1Char(' ') + ws.error().serverText);
    QTextStream out(stdout);
    if (args.size() > 2) {
        auto run = Workspace::getRun(**ws, QUuid::fromString(args.at(2)));
        if (!run)
            return fail(run.error().message);
        if (!run->has_value())
            return fail(MigrateCommand::tr("no such run: %1").arg(args.at(2)));
        const Workspace::Run &w = **run;
        out << MigrateCommand::tr("run %1").arg(w.runId.toString(QUuid::WithoutBraces)) << "\n  "
            << MigrateCommand::tr("status: %1 (%2)").arg(CliText::runWord(w.status), CliText::runWord(w.phase)) << "\n  "
            << w.source << " -> " << w.target << "\n  "
            << MigrateCommand::tr("plan: %1").arg(w.planFingerprint) << "\n  "
            << MigrateCommand::tr("backup: %1 sha256 %2").arg(w.backupPath, w.backupSha256) << "\n  "
            << MigrateCommand::tr("summary: %1").arg(QString::fromUtf8(w.ledgerSummaryJson)) << "\n";
        return 0;
    }
    auto runs = Workspace::listRuns(**ws, 50);
    if (!runs)
        return fail(runs.error().message);
    for (const Workspace::Run &w : *runs)
        out << w.runId.toString(QUuid::WithoutBraces) << "  " << CliText::padRight(CliText::runWord(w.status), 13) << w.createdAt.toString(Qt::ISODate)
            << "  " << w.source << " -> " << w.target << "\n";
    return 0;
}
} // namespace

int runMigrateCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("check")) {
        if (args.size() != 3) {
            QTextStream(stderr) << CliText::usage({QStringLiteral("zhiqiao-cli migrate check PLAN")});
            return 2;
        }
        const std::optional<MigrationPlan> plan = loadPlan(args.at(2));
        if (!plan)
            return 1;
        QTextStream(stdout) << MigrateCommand::tr("plan ok, fingerprint %1").arg(plan->fingerprint()) << "\n";
        return 0;
    }
    if (sub == QLatin1String("dry-run") || sub == QLatin1String("run"))
        return execute(args, sub == QLatin1String("dry-run"));
    if (sub == QLatin1String("status"))
        return status(args);
    QTextStream(stderr) << CliText::usage({QStringLiteral("zhiqiao-cli migrate check PLAN"),
                                           QStringLiteral("zhiqiao-cli migrate dry-run PLAN [--json]"),
                                           QStringLiteral("zhiqiao-cli migrate run PLAN --backup FILE [--key-file K] [--run-id ID] [--json]"),
                                           QStringLiteral("zhiqiao-cli migrate status [RUN]")})
                        << MigrateCommand::tr("`zhiqiao-cli migrate run --help` lists the options of dry-run and run.") << "\n";
    return 2;
}
