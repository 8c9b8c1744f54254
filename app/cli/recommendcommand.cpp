// zhiqiao-cli recommend eval|train: offline evaluation of the recommenders and training a model
// file, on a connected platform or on the goodbooks ratings (docs/recommend-design.md).
#include "clicommands.h"
#include "clisupport.h"
#include "clitext.h"

#include "migration/migrationplan.h"
#include "platform/adaptersession.h"
#include "recommend/goodbooksimport.h"
#include "recommend/goodbooksreader.h"
#include "recommend/ialsmodel.h"
#include "recommend/modelfile.h"
#include "recommend/offlineevaluation.h"
#include "recommend/platforminteractions.h"
#include "recommend/platformmodels.h"
#include "recommend/recommendpreview.h"
#include "recommend/recommendreason.h"
#include "recommend/recommendreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

struct RecommendCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecommendCommand)
};

struct Source
{
    QString name;
    Interactions data;
    QList<PlatformInteractions::Account> accounts; // databases only
};

void addModelOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("goodbooks"), RecommendCommand::tr("Directory of the goodbooks files (ratings.csv, book_groups.csv)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("group"), RecommendCommand::tr("goodbooks books to use: all, fiction or nonfiction (default all)."), QStringLiteral("group"), QStringLiteral("all")});
    p.addOption({QStringLiteral("platform"), RecommendCommand::tr("Saved connection to read the interactions from."), QStringLiteral("name")});
    p.addOption({QStringLiteral("dsn"), RecommendCommand::tr("libpq connection string; --platform and --cold-start then name adapters (a file, or dedao, ximalaya) instead of saved connections."), QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("factors"), RecommendCommand::tr("iALS factors (default 64)."), QStringLiteral("n"), QStringLiteral("64")});
    p.addOption({QStringLiteral("iterations"), RecommendCommand::tr("iALS iterations (default 15)."), QStringLiteral("n"), QStringLiteral("15")});
    p.addOption({QStringLiteral("regularization"), RecommendCommand::tr("iALS regularisation λ (default 0.03)."), QStringLiteral("x"), QStringLiteral("0.03")});
    p.addOption({QStringLiteral("alpha"), RecommendCommand::tr("iALS confidence scale α (default 40)."), QStringLiteral("x"), QStringLiteral("40")});
    p.addOption({QStringLiteral("cg-steps"), RecommendCommand::tr("Conjugate-gradient steps per row (default 3)."), QStringLiteral("n"), QStringLiteral("3")});
    p.addOption({QStringLiteral("plain-regularization"), RecommendCommand::tr("Use one λ for every row instead of λ scaled by the row's weight.")});
    p.addOption({QStringLiteral("threads"), RecommendCommand::tr("Threads (default: one per core)."), QStringLiteral("n"), QStringLiteral("0")});
    p.addOption({QStringLiteral("seed"), RecommendCommand::tr("Seed of every random choice (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
}

std::optional<IalsModel::Options> ialsOptions(const QCommandLineParser &p, QTextStream &err)
{
    IalsModel::Options o;
    bool ok1, ok2, ok3, ok4, ok5, ok6, ok7;
    o.cgSteps = p.value(QStringLiteral("cg-steps")).toInt(&ok7);
    o.scaledRegularization = !p.isSet(QStringLiteral("plain-regularization"));
    o.factors = p.value(QStringLiteral("factors")).toInt(&ok1);
    o.iterations = p.value(QStringLiteral("iterations")).toInt(&ok2);
    o.regularization = p.value(QStringLiteral("regularization")).toFloat(&ok3);
    o.alpha = p.value(QStringLiteral("alpha")).toFloat(&ok4);
    o.threads = p.value(QStringLiteral("threads")).toInt(&ok5);
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok6);
    if (!(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7) || o.cgSteps < 1 || o.cgSteps > 64 || o.factors < 1 || o.factors > 1024 || o.iterations < 1
        || o.iterations > 1000 || o.regularization < 0 || o.alpha < 0 || o.threads < 0) {
        err << CliText::errorText(RecommendCommand::tr("--factors (1–1024), --iterations (1–1000), --cg-steps (1–64), --threads and --seed take whole numbers, --regularization and --alpha numbers ≥ 0")) << "\n";
        return std::nullopt;
    }
    return o;
}

Result<Source> goodbooks(const QString &dir, const QString &ratings, GoodbooksReader::Group group)
{
    auto catalogue = GoodbooksReader::readCatalogue(dir);
    if (!catalogue.ok())
        return catalogue.error();
    auto data = GoodbooksReader::readRatings(ratings, *catalogue, group);
    if (!data.ok())
        return data.error();
    return Source{QStringLiteral("goodbooks-") + GoodbooksReader::groupName(group), std::move(*data), {}};
}

// A saved connection by name; with `dsn` set, `name` is an adapter instead (a file, or the name
// of a built-in one: dedao, ximalaya) on the database that conninfo names.
Result<Source> platform(const QString &name, const std::optional<QString> &dsn, bool withAccounts)
{
    Result<AdapterSession> opened = DbError{};
    QString label = name;
    if (dsn) {
        const QString adapterPath = QFile::exists(name) ? name : QStringLiteral(":/adapters/%1.json").arg(name);
        if (!QFile::exists(adapterPath))
            return DbError::make(DbError::Kind::AdapterInvalid, RecommendCommand::tr("No adapter file %1.").arg(name));
        label = QFileInfo(adapterPath).completeBaseName();
        opened = AdapterSession::open(dsn->toStdString(), adapterPath);
    } else {
        const auto found = CliSupport::resolvePlatform(name);
        if (!found.ok())
            return found.error();
        label = found->profile.name;
        opened = AdapterSession::open(found->profile, found->password);
    }
    if (!opened.ok())
        return opened.error();
    if (!withAccounts) {
        auto data = PlatformInteractions::load(*opened->session, opened->adapter);
        if (!data.ok())
            return data.error();
        return Source{label, std::move(*data), {}};
    }
    auto data = PlatformInteractions::loadWithAccounts(*opened->session, opened->adapter);
    if (!data.ok())
        return data.error();
    return Source{label, std::move(data->interactions), std::move(data->accounts)};
}

std::optional<QString> dsnOf(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("dsn")))
        return std::nullopt;
    return p.value(QStringLiteral("dsn"));
}

OfflineEvaluation::Control terminalProgress()
{
    OfflineEvaluation::Control c;
    c.progress = [last = -1](const QString &stage, double done) mutable {
        const int percent = int(done * 100);
        if (percent == last)
            return;
        last = percent;
        QTextStream err(stderr);
        err << "\r" << CliText::padRight(stage, 48) << QString::number(percent).rightJustified(4) << " %";
        if (percent >= 100)
            err << "\n";
        err.flush();
    };
    return c;
}

int fail(const DbError &e)
{
    QTextStream err(stderr);
    err << CliText::errorText(e) << "\n";
    return 1;
}

int runEval(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(RecommendCommand::tr(
        "Offline evaluation: Recall@20, NDCG@20, HR@10 and coverage of iALS, item-kNN, popularity and the interest "
        "profile on held-out people; with --cold-start, the cross-platform transfer on people new to the target."));
    p.addHelpOption();
    addModelOptions(p);
    p.addOption({QStringLiteral("holdout"), RecommendCommand::tr("Ratings file (goodbooks format) of the people to evaluate on; the models train on the rest."), QStringLiteral("file")});
    p.addOption({QStringLiteral("cold-start"), RecommendCommand::tr("Cold start from one platform to another: goodbooks groups (fiction:nonfiction) or saved connections (A:B)."), QStringLiteral("from:to")});
    p.addOption({QStringLiteral("plan"), RecommendCommand::tr("Migration plan whose category map carries interest profiles across (databases)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("json"), RecommendCommand::tr("Also write the report as JSON to this file."), QStringLiteral("file")});
    p.process(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto ials = ialsOptions(p, err);
    if (!ials)
        return 2;
    OfflineEvaluation::Options options;
    options.ials = *ials;
    options.seed = ials->seed;
    const QString dir = p.value(QStringLiteral("goodbooks"));
    const QString coldStart = p.value(QStringLiteral("cold-start"));
    if (dir.isEmpty() == !p.isSet(QStringLiteral("platform")) && coldStart.isEmpty()) {
        err << CliText::usage({QStringLiteral("zhiqiao-cli recommend eval --goodbooks DIR [--group G] [--holdout FILE] [--cold-start fiction:nonfiction]"),
                               QStringLiteral("zhiqiao-cli recommend eval --platform NAME"),
                               QStringLiteral("zhiqiao-cli recommend eval --cold-start A:B [--plan FILE]")})
            << "\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    RecommendReport::Document doc;
    doc.seed = options.seed;
    doc.ials = options.ials;
    if (!coldStart.isEmpty()) {
        const QStringList ends = coldStart.split(QLatin1Char(':'));
        if (ends.size() != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
            err << CliText::errorText(RecommendCommand::tr("--cold-start takes FROM:TO, e.g. fiction:nonfiction")) << "\n";
            return 2;
        }
        // The same platform on both sides, or "all" on one, would hide B's history in A.
        if (ends[0] == ends[1] || (!dir.isEmpty() && (ends.contains(QStringLiteral("all"))))) {
            err << CliText::errorText(RecommendCommand::tr("--cold-start needs two different platforms (goodbooks: fiction:nonfiction or nonfiction:fiction)")) << "\n";
            return 2;
        }
        Result<Source> a = DbError{}, b = DbError{};
        TaxonomyMap taxonomy;
        if (!dir.isEmpty()) {
            bool okA = false, okB = false;
            const auto ga = GoodbooksReader::groupFromName(ends[0], &okA);
            const auto gb = GoodbooksReader::groupFromName(ends[1], &okB);
            if (!okA || !okB) {
                err << CliText::errorText(RecommendCommand::tr("goodbooks groups are all, fiction and nonfiction")) << "\n";
                return 2;
            }
            const QString ratings = QDir(dir).filePath(QStringLiteral("ratings.csv"));
            a = goodbooks(dir, ratings, ga);
            b = goodbooks(dir, ratings, gb);
            taxonomy = TaxonomyMap::identityMap(); // the same tags on both
        } else {
            if (p.isSet(QStringLiteral("plan"))) {
                const auto plan = MigrationPlanLoader::loadFile(p.value(QStringLiteral("plan")));
                if (!plan.ok()) {
                    err << plan.problemsText(p.value(QStringLiteral("plan"))) << "\n";
                    return 1;
                }
                taxonomy = TaxonomyMap::fromPlan(*plan.plan);
            }
            a = platform(ends[0], dsnOf(p), true);
            if (a.ok())
                b = platform(ends[1], dsnOf(p), true);
        }
        if (!a.ok())
            return fail(a.error());
        if (!b.ok())
            return fail(b.error());
        const auto pairs = dir.isEmpty() ? PlatformInteractions::samePeople(a->accounts, b->accounts)
                                         : OfflineEvaluation::sameKeys(a->data, b->data);
        doc.coldStart = OfflineEvaluation::coldStart(a->data, b->data, pairs, taxonomy, options, terminalProgress());
        doc.source = a->name;
        doc.target = b->name;
        doc.sourceEntries = a->data.entryCount();
    } else {
        Result<Source> s = dir.isEmpty() ? platform(p.value(QStringLiteral("platform")), dsnOf(p), false)
                                         : [&]() -> Result<Source> {
            bool ok = false;
            const auto g = GoodbooksReader::groupFromName(p.value(QStringLiteral("group")), &ok);
            if (!ok)
                return DbError::make(DbError::Kind::Other, RecommendCommand::tr("goodbooks groups are all, fiction and nonfiction"));
            return goodbooks(dir, QDir(dir).filePath(QStringLiteral("ratings.csv")), g);
        }();
        if (!s.ok())
            return fail(s.error());
        doc.target = s->name;
        if (p.isSet(QStringLiteral("holdout"))) {
            if (dir.isEmpty()) {
                err << CliText::errorText(RecommendCommand::tr("--holdout needs --goodbooks (the file is in the goodbooks ratings format)")) << "\n";
                return 2;
            }
            auto catalogue = GoodbooksReader::readCatalogue(dir);
            bool ok = false;
            auto held = catalogue.ok() ? GoodbooksReader::readRatings(p.value(QStringLiteral("holdout")), *catalogue,
                                                                      GoodbooksReader::groupFromName(p.value(QStringLiteral("group")), &ok))
                                       : Result<Interactions>(catalogue.error());
            if (!held.ok())
                return fail(held.error());
            doc.holdoutFile = p.value(QStringLiteral("holdout"));
            doc.inPlatform = OfflineEvaluation::withHoldout(s->data, *held, options, terminalProgress());
        } else {
            doc.inPlatform = OfflineEvaluation::inPlatform(s->data, options, terminalProgress());
        }
    }
    out << RecommendReport::toText(doc);
    out << RecommendCommand::tr("Done in %1 s").arg(QString::number(timer.elapsed() / 1000.0, 'f', 1)) << "\n";
    if (p.isSet(QStringLiteral("json"))) {
        QFile f(p.value(QStringLiteral("json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(RecommendReport::toJson(doc)) < 0)
            return fail(DbError::make(DbError::Kind::Io, RecommendCommand::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())));
    }
    return 0;
}

int runTrain(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(RecommendCommand::tr("Trains iALS on a platform's interactions and saves the model file."));
    p.addHelpOption();
    addModelOptions(p);
    p.addOption({QStringLiteral("out"), RecommendCommand::tr("Model file to write."), QStringLiteral("file")});
    p.process(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto ials = ialsOptions(p, err);
    if (!ials)
        return 2;
    const QString dir = p.value(QStringLiteral("goodbooks"));
    if (dir.isEmpty() == !p.isSet(QStringLiteral("platform")) || !p.isSet(QStringLiteral("out"))) {
        err << CliText::usage({QStringLiteral("zhiqiao-cli recommend train (--goodbooks DIR [--group G] | --platform NAME) --out FILE")}) << "\n";
        return 2;
    }
    bool okGroup = false;
    const auto group = GoodbooksReader::groupFromName(p.value(QStringLiteral("group")), &okGroup);
    Result<Source> s = dir.isEmpty() ? platform(p.value(QStringLiteral("platform")), dsnOf(p), false)
                                     : goodbooks(dir, QDir(dir).filePath(QStringLiteral("ratings.csv")), group);
    if (!s.ok())
        return fail(s.error());
    QElapsedTimer timer;
    timer.start();
    IalsModel model;
    IalsModel::Control control;
    control.progress = [](int done, int total) {
        QTextStream e(stderr);
        e << "\r" << RecommendCommand::tr("Training: %1 of %2 half-iterations").arg(done).arg(total);
        if (done == total)
            e << "\n";
        e.flush();
    };
    model.train(s->data, *ials, control);
    const double seconds = timer.elapsed() / 1000.0;
    auto saved = ModelFile::save(model, p.value(QStringLiteral("out")));
    if (!saved.ok())
        return fail(saved.error());
    out << RecommendCommand::tr("%1: %2 people, %3 items, %4 interactions; %5 s per iteration; written to %6")
               .arg(s->name)
               .arg(s->data.userCount())
               .arg(s->data.itemCount())
               .arg(s->data.entryCount())
               .arg(QString::number(seconds / ials->iterations, 'f', 3))
               .arg(QDir::toNativeSeparators(p.value(QStringLiteral("out"))))
        << "\n";
    return 0;
}

int runDayOne(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(RecommendCommand::tr(
        "What a person will be recommended on a migration plan's target on day one, before they have any history "
        "there: the cross-platform transfer from their history on the source, next to the target's popularity."));
    p.addHelpOption();
    addModelOptions(p);
    p.addOption({QStringLiteral("plan"), RecommendCommand::tr("Migration plan (its source, target and category map)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("user"), RecommendCommand::tr("The person's user key on the source platform."), QStringLiteral("key")});
    p.addOption({QStringLiteral("top"), RecommendCommand::tr("How many recommendations (default 10)."), QStringLiteral("n"), QStringLiteral("10")});
    p.process(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto ials = ialsOptions(p, err);
    if (!ials)
        return 2;
    bool okTop = false;
    const int top = p.value(QStringLiteral("top")).toInt(&okTop);
    if (!p.isSet(QStringLiteral("plan")) || !p.isSet(QStringLiteral("user")) || !okTop || top < 1 || top > 1000) {
        err << CliText::usage({QStringLiteral("zhiqiao-cli recommend dayone --plan FILE --user KEY [--top N]")}) << "\n";
        return 2;
    }
    const auto plan = MigrationPlanLoader::loadFile(p.value(QStringLiteral("plan")));
    if (!plan.ok()) {
        err << plan.problemsText(p.value(QStringLiteral("plan"))) << "\n";
        return 1;
    }
    auto a = platform(plan.plan->source, dsnOf(p), true);
    if (!a.ok())
        return fail(a.error());
    auto b = platform(plan.plan->target, dsnOf(p), true);
    if (!b.ok())
        return fail(b.error());
    const QString user = p.value(QStringLiteral("user"));
    if (a->data.userIndex(user) < 0) {
        err << CliText::errorText(RecommendCommand::tr("%1 has no history on %2 under the key %3: nothing to carry across.")
                                      .arg(user, a->name, user))
            << "\n";
        return 1;
    }
    const auto source = PlatformModels::train(QString(), a->name, std::move(a->data), std::move(a->accounts), *ials, {}, {});
    const auto target = PlatformModels::train(QString(), b->name, std::move(b->data), std::move(b->accounts), *ials, {}, {});
    const TransferModel transfer = source->transferTo(*target, TaxonomyMap::fromPlan(*plan.plan));
    const auto result = RecommendPreview::coldStart(*source, user, *target, transfer,
                                                    {Recommender::Kind::Transfer, Recommender::Kind::Popularity}, top);
    out << RecommendCommand::tr("%1 on %2: %n item(s) of history", "", int(result.history.size())).arg(user, result.source) << "\n";
    for (const auto &h : result.history.mid(0, 5))
        out << "  " << RecommendReason::signalName(h.signal) << "  " << h.title << "  (" << h.category << ")\n";
    if (result.history.size() > 5)
        out << "  …\n";
    for (const auto &c : result.columns) {
        out << "\n" << RecommendCommand::tr("%1 — day one on %2").arg(c.label, result.target) << "\n";
        if (!c.note.isEmpty())
            out << "  " << c.note << "\n";
        int rank = 0;
        for (const auto &item : c.items)
            out << CliText::padLeft(QString::number(++rank), 4) << "  " << CliText::padRight(item.title, 36) << "  "
                << CliText::padRight(item.category, 16) << "  " << QString::number(item.score, 'f', 3) << "  " << item.reason << "\n";
    }
    out << "\n" << RecommendCommand::tr("The mapping learnt from %1 people on both platforms.").arg(transfer.overlapPeople()) << "\n";
    return 0;
}

int runImportGoodbooks(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(RecommendCommand::tr(
        "Imports goodbooks-10k into PostgreSQL as two platforms (schemas goodbooks_fiction and goodbooks_nonfiction), "
        "read through the adapters :/adapters/goodbooks-fiction.json and :/adapters/goodbooks-nonfiction.json."));
    p.addHelpOption();
    p.addOption({QStringLiteral("goodbooks"), RecommendCommand::tr("Directory of the goodbooks files (ratings.csv, book_groups.csv)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("dsn"), RecommendCommand::tr("libpq connection string of the database to import into (\"\" = the PG* environment)."), QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("replace"), RecommendCommand::tr("Write the two schemas anew when they exist.")});
    p.process(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!p.isSet(QStringLiteral("goodbooks")) || !p.isSet(QStringLiteral("dsn"))) {
        err << CliText::usage({QStringLiteral("zhiqiao-cli recommend import-goodbooks --goodbooks DIR --dsn CONNINFO [--replace]")}) << "\n";
        return 2;
    }
    auto session = PgSession::open(p.value(QStringLiteral("dsn")).toStdString());
    if (!session.ok())
        return fail(session.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = GoodbooksImport::run(**session, p.value(QStringLiteral("goodbooks")), p.isSet(QStringLiteral("replace")));
    if (!summary.ok())
        return fail(summary.error());
    for (int g = 0; g < 2; ++g)
        out << RecommendCommand::tr("%1: %2 readers, %3 books, %4 ratings")
                   .arg(GoodbooksImport::schemaName(g == 0))
                   .arg(summary->readers[g])
                   .arg(summary->books[g])
                   .arg(summary->ratings[g])
            << "\n";
    out << RecommendCommand::tr("Imported in %1 s. goodbooks-10k by Zygmunt Zając, CC BY-SA 4.0.").arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
        << "\n";
    return 0;
}

} // namespace

int runRecommendCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("eval"))
        return runEval(rest);
    if (sub == QLatin1String("train"))
        return runTrain(rest);
    if (sub == QLatin1String("dayone"))
        return runDayOne(rest);
    if (sub == QLatin1String("import-goodbooks"))
        return runImportGoodbooks(rest);
    QTextStream err(stderr);
    err << CliText::usage({QStringLiteral("zhiqiao-cli recommend eval [options]   (--help for the options)"),
                           QStringLiteral("zhiqiao-cli recommend train [options] --out FILE"),
                           QStringLiteral("zhiqiao-cli recommend dayone --plan FILE --user KEY [--top N]"),
                           QStringLiteral("zhiqiao-cli recommend import-goodbooks --goodbooks DIR --dsn CONNINFO [--replace]")})
        << "\n";
    return 2;
}
