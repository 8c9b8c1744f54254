#include "recommend/offlineevaluation.h"

#include "recommend/categoryprofilemodel.h"
#include "recommend/itemknnmodel.h"
#include "recommend/popularitymodel.h"
#include "recommend/rankingmetrics.h"
#include "recommend/topn.h"
#include "recommend/transfermodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

namespace OfflineEvaluation {

namespace {

constexpr int kListLength = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("OfflineEvaluation", text);
}

// Fisher–Yates with std::mt19937 (specified exactly, unlike std::shuffle's use of it), so a seed
// gives the same order with every standard library.
template <class T>
void shuffle(std::vector<T> &v, std::mt19937 &random)
{
    for (std::size_t i = v.size(); i > 1; --i) {
        const std::size_t j = std::size_t(random() % i);
        std::swap(v[i - 1], v[j]);
    }
}

struct Split
{
    History foldIn;
    std::vector<int> target;
};

Split split(const History &h, double foldInShare, std::mt19937 &random)
{
    std::vector<History::Entry> entries = h.entries;
    shuffle(entries, random);
    const int n = int(entries.size());
    const int keep = std::clamp(int(std::lround(foldInShare * n)), 1, std::max(1, n - 1));
    Split s;
    for (int i = 0; i < n; ++i) {
        if (i < keep)
            s.foldIn.entries.push_back(entries[std::size_t(i)]);
        else
            s.target.push_back(entries[std::size_t(i)].item);
    }
    return s;
}

bool cancelled(const Control &c)
{
    return c.cancelled && c.cancelled();
}

void progress(const Control &c, const QString &stage, double done)
{
    if (c.progress)
        c.progress(stage, done);
}

Row rowOf(const QString &model, const RankingMetrics::Accumulator &acc, double seconds)
{
    return {model, label(model), acc.people(), acc.recallAt20(), acc.ndcgAt20(), acc.hitRateAt10(), acc.coverageAt20(), seconds};
}

// Trains iALS with progress mapped into [from, to] of the whole job.
bool trainIals(IalsModel &model, const Interactions &data, const Options &options, const Control &control, double from,
               double to, const QString &stage, double *seconds)
{
    QElapsedTimer t;
    t.start();
    IalsModel::Control c;
    c.cancelled = control.cancelled;
    c.progress = [&](int done, int total) { progress(control, stage, from + (to - from) * done / std::max(1, total)); };
    const bool ok = model.train(data, options.ials, c);
    *seconds = t.elapsed() / 1000.0;
    return ok;
}

// Scores held-out histories with the four in-platform models trained on `train`.
Report evaluate(const Interactions &train, const std::vector<History> &heldOut, const Options &options,
                const Control &control)
{
    Report report;
    report.trainUsers = train.userCount();
    report.trainEntries = train.entryCount();
    report.items = train.itemCount();

    IalsModel ials;
    double ialsSeconds = 0;
    if (!trainIals(ials, train, options, control, 0.0, 0.8, tr("Training iALS"), &ialsSeconds))
        return {.cancelled = true};
    report.secondsPerIteration = options.ials.iterations > 0 ? ialsSeconds / options.ials.iterations : 0;
    progress(control, tr("Training item-kNN"), 0.8);
    QElapsedTimer t;
    t.start();
    ItemKnnModel knn;
    knn.train(train, options.neighbours, options.ials.threads);
    const double knnSeconds = t.elapsed() / 1000.0;
    PopularityModel popularity;
    popularity.train(train);
    CategoryProfileModel profile;
    profile.train(train);
    if (cancelled(control))
        return {.cancelled = true};

    const Recommender *models[] = {&ials, &knn, &popularity, &profile};
    const double seconds[] = {ialsSeconds, knnSeconds, 0, 0};
    std::vector<RankingMetrics::Accumulator> acc(4, RankingMetrics::Accumulator(train.itemCount()));
    std::mt19937 random(options.seed ^ 0x5eedu);
    for (std::size_t p = 0; p < heldOut.size(); ++p) {
        if (p % 256 == 0) {
            if (cancelled(control))
                return {.cancelled = true};
            progress(control, tr("Scoring held-out people"), 0.85 + 0.15 * double(p) / double(heldOut.size()));
        }
        const Split s = split(heldOut[p], options.foldInShare, random);
        if (s.target.empty())
            continue;
        for (int m = 0; m < 4; ++m)
            acc[std::size_t(m)].add(TopN::rank(models[m]->scores(s.foldIn), s.foldIn, kListLength), s.target);
    }
    for (int m = 0; m < 4; ++m)
        report.rows.append(rowOf(Recommender::id(models[m]->kind()), acc[std::size_t(m)], seconds[m]));
    report.evaluatedUsers = acc[0].people();
    progress(control, tr("Done"), 1.0);
    return report;
}

} // namespace

const Row *Report::row(const QString &model) const
{
    for (const Row &r : rows)
        if (r.model == model)
            return &r;
    return nullptr;
}

QString label(const QString &model)
{
    if (model == QLatin1String("transfer-mapping"))
        return tr("Transfer, mapping only");
    if (model == QLatin1String("transfer-profile"))
        return tr("Interest profile carried across");
    if (model == QLatin1String("target-popularity"))
        return tr("Target-platform popularity");
    if (model == QLatin1String("upper-bound"))
        return tr("Upper bound: in-platform iALS with half the hidden history");
    for (auto kind : {Recommender::Kind::Ials, Recommender::Kind::ItemKnn, Recommender::Kind::Popularity,
                      Recommender::Kind::CategoryProfile, Recommender::Kind::Transfer})
        if (Recommender::id(kind) == model)
            return Recommender::displayName(kind);
    return model;
}

Report inPlatform(const Interactions &data, const Options &options, const Control &control)
{
    std::vector<int> eligible;
    for (int u = 0; u < data.userCount(); ++u)
        if (data.byUser().length(u) >= options.minPositives)
            eligible.push_back(u);
    std::mt19937 random(options.seed);
    shuffle(eligible, random);
    const int holdout = std::min(options.maxHoldout, int(std::lround(options.holdoutShare * double(eligible.size()))));
    std::vector<char> held(std::size_t(data.userCount()), 0);
    std::vector<History> histories;
    for (int i = 0; i < holdout; ++i) {
        held[std::size_t(eligible[std::size_t(i)])] = 1;
        histories.push_back(History::ofUser(data, eligible[std::size_t(i)]));
    }
    std::vector<int> keep;
    for (int u = 0; u < data.userCount(); ++u)
        if (!held[std::size_t(u)])
            keep.push_back(u);
    progress(control, tr("Preparing the training data"), 0.0);
    return evaluate(data.withUsers(keep), histories, options, control);
}

Report withHoldout(const Interactions &train, const Interactions &holdout, const Options &options, const Control &control)
{
    std::vector<int> keep;
    for (int u = 0; u < train.userCount(); ++u)
        if (holdout.userIndex(train.userKey(u)) < 0)
            keep.push_back(u);
    std::vector<History> histories;
    for (int u = 0; u < holdout.userCount(); ++u)
        if (holdout.byUser().length(u) >= options.minPositives)
            histories.push_back(History::ofUser(holdout, u));
    return evaluate(int(keep.size()) == train.userCount() ? train : train.withUsers(keep), histories, options, control);
}

QList<QPair<QString, QString>> sameKeys(const Interactions &a, const Interactions &b)
{
    QList<QPair<QString, QString>> pairs;
    for (int u = 0; u < a.userCount(); ++u)
        if (b.userIndex(a.userKey(u)) >= 0)
            pairs.append({a.userKey(u), a.userKey(u)});
    return pairs;
}

Report coldStart(const Interactions &a, const Interactions &b, const QList<QPair<QString, QString>> &samePerson,
                 const TaxonomyMap &taxonomy, const Options &options, const Control &control)
{
    // People on both with something to hide on B; pairs in a fixed order before shuffling.
    std::vector<std::pair<int, int>> both;
    for (const auto &p : samePerson) {
        const int ua = a.userIndex(p.first);
        const int ub = b.userIndex(p.second);
        if (ua >= 0 && ub >= 0 && a.byUser().length(ua) > 0 && b.byUser().length(ub) > 0)
            both.push_back({ua, ub});
    }
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    std::mt19937 random(options.seed);
    shuffle(both, random);
    std::vector<std::pair<int, int>> cold;
    std::vector<char> isCold(std::size_t(b.userCount()), 0);
    const int wanted = std::min(options.maxCold, int(std::lround(options.coldShare * double(both.size()))));
    for (const auto &p : both) {
        if (int(cold.size()) >= wanted)
            break;
        if (b.byUser().length(p.second) >= options.minPositives && !isCold[std::size_t(p.second)]) {
            cold.push_back(p);
            isCold[std::size_t(p.second)] = 1;
        }
    }
    std::vector<int> keepB;
    std::vector<int> newIndexB(std::size_t(b.userCount()), -1);
    for (int u = 0; u < b.userCount(); ++u)
        if (!isCold[std::size_t(u)]) {
            newIndexB[std::size_t(u)] = int(keepB.size());
            keepB.push_back(u);
        }
    const Interactions trainB = b.withUsers(keepB);

    Report report;
    report.trainUsers = trainB.userCount();
    report.trainEntries = trainB.entryCount();
    report.items = b.itemCount();

    auto source = std::make_shared<IalsModel>();
    auto target = std::make_shared<IalsModel>();
    double secondsA = 0, secondsB = 0;
    if (!trainIals(*source, a, options, control, 0.0, 0.4, tr("Training iALS on the source platform"), &secondsA)
        || !trainIals(*target, trainB, options, control, 0.4, 0.8, tr("Training iALS on the target platform"), &secondsB))
        return {.cancelled = true};
    report.secondsPerIteration = options.ials.iterations > 0 ? secondsB / options.ials.iterations : 0;
    auto sourceProfile = std::make_shared<CategoryProfileModel>();
    sourceProfile->train(a);
    auto targetProfile = std::make_shared<CategoryProfileModel>();
    targetProfile->train(trainB);
    PopularityModel popularity;
    popularity.train(trainB);

    std::vector<std::pair<int, int>> fitPairs;
    for (const auto &p : both)
        if (!isCold[std::size_t(p.second)])
            fitPairs.push_back({p.first, newIndexB[std::size_t(p.second)]});
    const TransferModel transfer = TransferModel::fit({source, target, sourceProfile, targetProfile, taxonomy}, fitPairs);
    report.overlapPeople = transfer.overlapPeople();

    const QStringList models = {QStringLiteral("transfer"), QStringLiteral("transfer-mapping"),
                                QStringLiteral("transfer-profile"), QStringLiteral("target-popularity"),
                                QStringLiteral("upper-bound")};
    std::vector<RankingMetrics::Accumulator> acc(std::size_t(models.size()), RankingMetrics::Accumulator(b.itemCount()));
    std::mt19937 splitRandom(options.seed ^ 0xc01du);
    for (std::size_t i = 0; i < cold.size(); ++i) {
        if (i % 256 == 0) {
            if (cancelled(control))
                return {.cancelled = true};
            progress(control, tr("Scoring cold-start people"), 0.8 + 0.2 * double(i) / double(cold.size()));
        }
        const History onA = History::ofUser(a, cold[i].first);
        Split s = split(History::ofUser(b, cold[i].second), 0.5, splitRandom);
        if (s.target.empty())
            continue;
        // The first half is removed from every candidate list alike; only the upper bound sees it.
        const History &known = s.foldIn;
        const std::vector<float> mapped = transfer.mappedScores(onA);
        const std::vector<float> profile = transfer.profileScores(onA);
        acc[0].add(TopN::rank(transfer.blend(onA, mapped, profile), known, kListLength), s.target);
        acc[1].add(TopN::rank(mapped, known, kListLength), s.target);
        acc[2].add(TopN::rank(profile, known, kListLength), s.target);
        acc[3].add(TopN::rank(popularity.scores(known), known, kListLength), s.target);
        acc[4].add(TopN::rank(target->scores(known), known, kListLength), s.target);
    }
    for (qsizetype m = 0; m < models.size(); ++m)
        report.rows.append(rowOf(models[m], acc[std::size_t(m)], m == 4 ? secondsB : (m < 2 ? secondsA + secondsB : 0)));
    report.evaluatedUsers = acc[0].people();
    const double upper = acc[4].ndcgAt20();
    report.shareOfUpperBound = upper > 0 ? acc[0].ndcgAt20() / upper : 0;
    progress(control, tr("Done"), 1.0);
    return report;
}

} // namespace OfflineEvaluation
