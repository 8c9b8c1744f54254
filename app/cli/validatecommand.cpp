#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "migration/migrationreport.h"
#include "migration/migrationvalidator.h"
#include "migration/workspace.h"
#include "platform/adapterloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <pqxx/connection>

// zhiqiao-cli validate: re-runs validation of one run alone and writes the report.
namespace {
// ValidateCommand::tr() with a context lupdate can see.
struct ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
};

int usage(const QString &problem = {})
{
    QTextStream err(stderr);
    if (!problem.isEmpty())
        err << problem << "\n";
    err << CliText::usage({QStringLiteral("zhiqiao-cli validate RUN --plan PLAN [--full] [--json FILE] [--html FILE]")})
        << ValidateCommand::tr("Reads the run's records back from the target and compares them with the ledger (and,\n"
                               "with --full, with the source transformed again). Exit code 0 when the verdict passes.")
        << "\n";
    return 2;
}

// A platform's profile, password and catalog-checked adapter.
bool resolve(const QString &name, ConnectionProfile &profile, QString &password, Adapter &adapter, QString &problem)
{
    auto platform = CliSupport::resolvePlatform(name);
    if (!platform.ok()) {
        problem = platform.error().message;
        return false;
    }
    profile = platform->profile;
    password = platform->password;
    try {
        pqxx::connection conn(profile.conninfo(password));
        const AdapterLoadResult loaded = AdapterLoader::load(profile.adapterPath, conn);
        if (!loaded.ok()) {
            problem = loaded.problemsText();
            return false;
        }
        adapter = *loaded.adapter;
    } catch (const std::exception &e) {
        problem = DbError::fromException(e).message;
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

int runValidateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("run"), ValidateCommand::tr("Run id."));
    parser.addOptions({
        {QStringLiteral("plan"), ValidateCommand::tr("The plan file the run was made with."), QStringLiteral("file")},
        {QStringLiteral("full"), ValidateCommand::tr("Also read every source record again and compare field by field.")},
        {QStringLiteral("json"), ValidateCommand::tr("Write the JSON report to this file."), QStringLiteral("file")},
        {QStringLiteral("html"), ValidateCommand::tr("Write the HTML report to this file."), QStringLiteral("file")},
        {QStringLiteral("help"), ValidateCommand::tr("Show this help.")},
    });
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return usage();
    const QStringList positional = parser.positionalArguments(); // [RUN]; args[0] is the command
    const QUuid runId = QUuid::fromString(positional.value(0));
    if (positional.size() != 1 || runId.isNull())
        return usage(ValidateCommand::tr("Give one run id."));
    if (!parser.isSet(QStringLiteral("plan")))
        return usage(ValidateCommand::tr("--plan is required."));
    const MigrationPlanLoadResult plan = MigrationPlanLoader::loadFile(parser.value(QStringLiteral("plan")));
    QTextStream out(stdout), err(stderr);
    if (!plan.ok()) {
        err << plan.problemsText(parser.value(QStringLiteral("plan"))) << "\n";
        return 1;
    }
    MigrationValidator::Options o;
    o.plan = *plan.plan;
    o.runId = runId;
    o.full = parser.isSet(QStringLiteral("full"));
    QString problem;
    if (!resolve(o.plan.source, o.sourceProfile, o.sourcePassword, o.sourceAdapter, problem)
        || !resolve(o.plan.target, o.targetProfile, o.targetPassword, o.targetAdapter, problem)) {
        err << problem << "\n";
        return 1;
    }
    QString lastEntity;
    const ValidationResult result = MigrationValidator(o).run([&err, &lastEntity](const MigrationValidator::Progress &p) {
        if (!lastEntity.isEmpty() && p.entity != lastEntity)
            err << "\n";
        lastEntity = p.entity;
        err << "\r" << p.entity << " " << p.done << "/" << p.total << Qt::flush;
    });
    err << "\n";

    // The workspace is optional here: without it the report still goes to the files.
    MigrationReport::RunInfo info;
    auto workspace = Workspace::connect();
    if (workspace.ok())
        info = MigrationReport::runInfo(**workspace, runId);
    const QJsonObject report = MigrationReport::toJson(result, info);
    if (workspace.ok()) {
        if (DbError e = MigrationReport::store(**workspace, runId, report); e.isError())
            err << ValidateCommand::tr("The report was not stored in the workspace: %1").arg(e.message) << "\n";
    }
    if (parser.isSet(QStringLiteral("json"))
        && !writeFile(parser.value(QStringLiteral("json")), QJsonDocument(report).toJson(QJsonDocument::Indented)))
        err << ValidateCommand::tr("Cannot write %1.").arg(parser.value(QStringLiteral("json"))) << "\n";
    if (parser.isSet(QStringLiteral("html"))
        && !writeFile(parser.value(QStringLiteral("html")), MigrationReport::toHtml(result, info).toUtf8()))
        err << ValidateCommand::tr("Cannot write %1.").arg(parser.value(QStringLiteral("html"))) << "\n";

    // Columns padded by terminal width, so translated headers line up with the numbers.
    auto row = [&out](const QStringList &cells) {
        out << CliText::padRight(cells.at(0), 12);
        for (qsizetype i = 1; i < cells.size(); ++i)
            out << QLatin1Char(' ') << CliText::padLeft(cells.at(i), 9);
        out << "\n";
    };
    row({ValidateCommand::tr("entity"), ValidateCommand::tr("source"), ValidateCommand::tr("migrated"),
         ValidateCommand::tr("merged"), ValidateCommand::tr("quarant."), ValidateCommand::tr("verified"),
         ValidateCommand::tr("mismatch"), ValidateCommand::tr("missing"), ValidateCommand::tr("dupl.")});
    for (const QString &entity : result.entities) {
        const ValidationCounts c = result.counts.value(entity);
        row({entity, QString::number(c.source), QString::number(c.migrated), QString::number(c.merged),
             QString::number(c.quarantined), QString::number(c.verified), QString::number(c.mismatched),
             QString::number(c.missing), QString::number(c.duplicated)});
    }
    const QStringList reasons = result.failureReasons();
    out << (reasons.isEmpty() ? ValidateCommand::tr("Verdict: passed") : ValidateCommand::tr("Verdict: failed")) << "\n";
    for (const QString &reason : reasons)
        out << "  " << reason << "\n";
    return reasons.isEmpty() ? 0 : 1;
}
