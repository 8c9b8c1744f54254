#include "recommend/recommendpreview.h"

#include "recommend/recommendreason.h"
#include "recommend/topn.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace RecommendPreview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecommendPreview", text);
}

QList<HistoryRow> historyRows(const PlatformModels &m, const History &h)
{
    QList<HistoryRow> rows;
    for (const auto &e : h.entries) {
        const auto &item = m.data->item(e.item);
        rows.append({m.platform, item.title, item.category, e.signal, e.strength, item.category});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const HistoryRow &a, const HistoryRow &b) {
        return a.signal != b.signal ? a.signal < b.signal : a.strength > b.strength;
    });
    return rows;
}

// The history entry that explains `item` best under `similarity`, or -1.
template <class Similarity>
int bestReason(const History &h, int item, Similarity similarity)
{
    int best = -1;
    float bestValue = 0;
    for (std::size_t j = 0; j < h.entries.size(); ++j) {
        const float v = similarity(h.entries[j].item, item) * (1.0f + std::log1p(h.entries[j].strength));
        if (v > bestValue) {
            bestValue = v;
            best = int(j);
        }
    }
    return best;
}

// Category mixes (top-level) of the history and each column, categories by total weight.
void fillMixes(Result &r)
{
    QMap<QString, double> total;
    QMap<QString, double> history;
    double hsum = 0;
    for (const auto &row : r.history) {
        history[RecommendReason::topCategory(row.mixCategory)] += row.strength;
        hsum += row.strength;
    }
    QList<QMap<QString, double>> columns;
    for (const auto &c : r.columns) {
        QMap<QString, double> m;
        for (const auto &i : c.items)
            m[RecommendReason::topCategory(i.category)] += 1.0 / std::max<qsizetype>(1, c.items.size());
        columns.append(m);
    }
    for (auto it = history.constBegin(); it != history.constEnd(); ++it)
        total[it.key()] += hsum > 0 ? it.value() / hsum : 0;
    for (const auto &m : columns)
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            total[it.key()] += it.value();
    QStringList cats = total.keys();
    std::stable_sort(cats.begin(), cats.end(), [&](const QString &a, const QString &b) { return total[a] > total[b]; });
    r.categories = cats;
    for (const QString &c : cats)
        r.historyMix.append(hsum > 0 ? history.value(c) / hsum : 0);
    for (qsizetype i = 0; i < r.columns.size(); ++i)
        for (const QString &c : cats)
            r.columns[i].mix.append(columns[i].value(c));
}

Recommendation itemOf(const PlatformModels &m, int item, float score)
{
    const auto &it = m.data->item(item);
    return {it.key, it.title, it.category, score, {}};
}

} // namespace

QList<Recommender::Kind> kinds(bool coldStart)
{
    using K = Recommender::Kind;
    if (coldStart)
        return {K::Transfer, K::Popularity, K::CategoryProfile};
    return {K::Ials, K::ItemKnn, K::Popularity, K::CategoryProfile};
}

Result inPlatform(const PlatformModels &target, const QString &account, const QList<Recommender::Kind> &wanted, int n)
{
    Result r;
    r.target = target.platform;
    const int user = target.data->userIndex(account);
    const History h = user >= 0 ? History::ofUser(*target.data, user) : History();
    r.history = historyRows(target, h);
    const QMap<QString, double> profile = target.profile->profileOf(h);
    for (Recommender::Kind kind : wanted) {
        const Recommender *model = target.model(kind);
        if (!model)
            continue;
        Column c;
        c.kind = kind;
        c.label = Recommender::displayName(kind);
        const std::vector<float> scores = model->scores(h);
        for (int item : TopN::rank(scores, h, n)) {
            Recommendation rec = itemOf(target, item, scores[std::size_t(item)]);
            int because = -1;
            if (kind == Recommender::Kind::Ials)
                because = bestReason(h, item, [&](int a, int b) { return target.ials->itemSimilarity(a, b); });
            else if (kind == Recommender::Kind::ItemKnn)
                because = bestReason(h, item, [&](int a, int b) { return target.knn->similarity(a, b); });
            if (because >= 0) {
                const auto &e = h.entries[std::size_t(because)];
                rec.reason = RecommendReason::becauseOf(e.signal, target.data->item(e.item).title);
            } else if (kind == Recommender::Kind::CategoryProfile && !profile.isEmpty()) {
                rec.reason = RecommendReason::interest(RecommendReason::topCategory(rec.category),
                                                       target.profile->interest(item, profile));
            } else {
                rec.reason = RecommendReason::popular(target.platform, target.data->byItem().length(item));
            }
            c.items.append(rec);
        }
        if (h.empty() && kind != Recommender::Kind::Popularity)
            c.note = tr("No history here yet: this list is what the model gives anyone.");
        r.columns.append(c);
    }
    if (h.empty() && account.isEmpty())
        r.message = tr("This person has no account on %1.").arg(target.platform);
    fillMixes(r);
    return r;
}

Result coldStart(const PlatformModels &source, const QString &sourceAccount, const PlatformModels &target,
                 const TransferModel &transfer, const QList<Recommender::Kind> &wanted, int n)
{
    Result r;
    r.target = target.platform;
    r.source = source.platform;
    r.coldStart = true;
    const int user = source.data->userIndex(sourceAccount);
    const History h = user >= 0 ? History::ofUser(*source.data, user) : History();
    r.history = historyRows(source, h);
    // The chart compares like with like: history categories as the target names them.
    for (auto &row : r.history) {
        const QString mapped = transfer.parts().taxonomy.map(row.category);
        row.mixCategory = mapped.isEmpty() ? row.category : mapped;
    }
    const History none;
    const QMap<QString, double> carried = transfer.carriedProfile(h);
    for (Recommender::Kind kind : wanted) {
        Column c;
        c.kind = kind;
        std::vector<float> scores;
        if (kind == Recommender::Kind::Transfer) {
            c.label = Recommender::displayName(kind);
            scores = transfer.scores(h);
            if (!transfer.usesMapping())
                c.note = tr("Only %1 people are on both platforms: too few to learn from, so the interest profile carried across decides.")
                             .arg(transfer.overlapPeople());
        } else if (kind == Recommender::Kind::CategoryProfile) {
            c.label = tr("Interest profile carried across");
            scores = transfer.profileScores(h);
            if (carried.isEmpty())
                c.note = tr("None of this person's categories on %1 has a counterpart on %2.").arg(source.platform, target.platform);
        } else if (kind == Recommender::Kind::Popularity) {
            c.label = Recommender::displayName(kind);
            scores = target.popularity->scores(none);
        } else {
            continue;
        }
        for (int item : TopN::rank(scores, none, n)) {
            Recommendation rec = itemOf(target, item, scores[std::size_t(item)]);
            const QString cat = RecommendReason::topCategory(rec.category);
            if (kind == Recommender::Kind::Transfer && transfer.usesMapping())
                rec.reason = RecommendReason::peopleLikeYou(cat, source.platform);
            else if (kind != Recommender::Kind::Popularity && target.profile->interest(item, carried) > 0)
                rec.reason = RecommendReason::carriedInterest(cat, source.platform);
            else
                rec.reason = RecommendReason::popular(target.platform, target.data->byItem().length(item));
            c.items.append(rec);
        }
        r.columns.append(c);
    }
    if (h.empty())
        r.message = tr("This person has no history on %1 to carry across.").arg(source.platform);
    fillMixes(r);
    return r;
}

} // namespace RecommendPreview
