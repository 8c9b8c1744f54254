// zhiqiao-cli migrate check|dry-run|run|status: drives MigrationRunner (docs/migration-design.md).
#include "clicommands.h"
#include "clisupport.h"

#include "migration/migrationrollback.h"
#include "migration/migrationrunner.h"
#include "migration/workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace {
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
    QTextStream(stderr) << "error: " << message << "\n";
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
    QString line = p.phase;
    if (!p.entity.isEmpty())
        line += QLatin1Char(' ') + p.entity;
    if (p.rowsTotal > 0) {
        const int width = 30;
        const int filled = int(width * std::min<qint64>(p.rowsDone, p.rowsTotal) / p.rowsTotal);
        line += QStringLiteral(" [%1%2] %3/%4").arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                    .arg(p.rowsDone).arg(p.rowsTotal);
    } else if (p.rowsDone > 0) {
        line += QStringLiteral(" %1 rows").arg(p.rowsDone);
    }
    if (p.rowsPerSecond > 0)
        line += QStringLiteral(" %1 rows/s").arg(qRound(p.rowsPerSecond));
    if (p.etaSeconds >= 0)
        line += QStringLiteral(" ETA %1 s").arg(p.etaSeconds);
    if (terminal)
        err << "\r\033[K" << line << Qt::flush;
    else
        err << line << "\n";
}

void printCounts(const MigrationRunResult &r)
{
    QTextStream out(stdout);
    out << "plan fingerprint: " << r.planFingerprint << "\n";
    if (!r.runId.isNull())
        out << "run: " << r.runId.toString(QUuid::WithoutBraces) << "  status: " << r.status << "\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(QStringLiteral("entity"), -12).arg(QStringLiteral("source"), 8)
               .arg(QStringLiteral("created"), 8).arg(QStringLiteral("merged"), 8).arg(QStringLiteral("skipped"), 8)
               .arg(QStringLiteral("quarant."), 8).arg(QStringLiteral("dropped"), 8).arg(QStringLiteral("balanced"));
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(it.key(), -12).arg(it->source, 8).arg(it->created, 8)
                   .arg(it->merged, 8).arg(it->skipped, 8).arg(it->quarantined, 8).arg(it->dropped, 8)
                   .arg(it->balanced() ? QStringLiteral("yes") : QStringLiteral("NO"));
    if (!r.error.isEmpty())
        QTextStream(stderr) << "error: " << r.error << "\n";
}

int execute(const QStringList &args, bool dryRun)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("Migration plan file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addOption({QStringLiteral("backup"), QStringLiteral("Backup file to write before loading."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("key-file"), QStringLiteral("Backup key file (else the passphrase)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("run-id"), QStringLiteral("Resume this run."), QStringLiteral("id")});
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
            return fail(QStringLiteral("--backup FILE is required: the run writes a backup before it changes the target"));
        BackupSecret secret;
        if (parser.isSet(QStringLiteral("key-file")))
            secret = BackupSecret::fromKeyFile(parser.value(QStringLiteral("key-file")));
        else if (qEnvironmentVariableIsSet(qPrintable(kPassphraseVariable)))
            secret = BackupSecret::fromPassphrase(qgetenv(qPrintable(kPassphraseVariable)));
        else if (CliSupport::stdinIsTerminal())
            secret = BackupSecret::fromPassphrase(CliSupport::promptPassword(QStringLiteral("Backup passphrase: ")).toUtf8());
        else
            return fail(QStringLiteral("no backup key: give --key-file or set ") + kPassphraseVariable);
        s.backup = MigrationBackup::Settings{parser.value(QStringLiteral("backup")), secret, std::nullopt};
        s.pointHook = testCrashHook(); // test only; empty unless ZHIQIAO_TEST_CRASH is set
        if (parser.isSet(QStringLiteral("run-id"))) {
            s.runId = QUuid::fromString(parser.value(QStringLiteral("run-id")));
            if (s.runId.isNull())
                return fail(QStringLiteral("--run-id is not a run id"));
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
        QTextStream(stderr) << "cancelled; resume with --run-id " << r.runId.toString(QUuid::WithoutBraces) << "\n";
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
            return fail(QStringLiteral("no such run: ") + args.at(2));
        const Workspace::Run &w = **run;
        out << "run " << w.runId.toString(QUuid::WithoutBraces) << "\n  status: " << w.status << " (" << w.phase << ")\n  "
            << w.source << " -> " << w.target << "\n  plan: " << w.planFingerprint << "\n  backup: " << w.backupPath << " sha256 "
            << w.backupSha256 << "\n  summary: " << w.ledgerSummaryJson << "\n";
        return 0;
    }
    auto runs = Workspace::listRuns(**ws, 50);
    if (!runs)
        return fail(runs.error().message);
    for (const Workspace::Run &w : *runs)
        out << w.runId.toString(QUuid::WithoutBraces) << "  " << w.status.leftJustified(10) << w.createdAt.toString(Qt::ISODate)
            << "  " << w.source << " -> " << w.target << "\n";
    return 0;
}
} // namespace

int runMigrateCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("check")) {
        if (args.size() != 3) {
            QTextStream(stderr) << "usage: zhiqiao-cli migrate check PLAN\n";
            return 2;
        }
        const std::optional<MigrationPlan> plan = loadPlan(args.at(2));
        if (!plan)
            return 1;
        QTextStream(stdout) << "plan ok, fingerprint " << plan->fingerprint() << "\n";
        return 0;
    }
    if (sub == QLatin1String("dry-run") || sub == QLatin1String("run"))
        return execute(args, sub == QLatin1String("dry-run"));
    if (sub == QLatin1String("status"))
        return status(args);
    QTextStream(stderr) << "usage: zhiqiao-cli migrate check PLAN | dry-run PLAN [--json] | run PLAN --backup FILE"
                           " [--key-file K] [--run-id ID] | status [RUN]\n";
    return 2;
}
