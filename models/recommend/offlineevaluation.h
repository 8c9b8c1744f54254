#pragma once

#include "recommend/ialsmodel.h"
#include "recommend/interactions.h"
#include "recommend/recommender.h"
#include "recommend/taxonomymap.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

// Offline evaluation of the recommenders (docs/recommend-design.md, "Evaluation"): held-out
// people with a fold-in/target split inside one platform, and cold start across two platforms.
// Everything is seeded: the same data and options give the same tables. Synchronous; run it on
// a worker thread (RecommendTasks does).
namespace OfflineEvaluation {

struct Options
{
    double holdoutShare = 0.1; // of the people with at least minPositives positives
    int maxHoldout = 5000;
    double foldInShare = 0.8;
    int minPositives = 2;
    double coldShare = 0.2; // of the people on both platforms (cold start)
    int maxCold = 3000;
    int neighbours = 100;
    unsigned seed = 1;
    IalsModel::Options ials;
};

struct Control
{
    // A stage in words (translated) and the share done, 0..1.
    std::function<void(const QString &stage, double done)> progress;
    std::function<bool()> cancelled;
};

struct Row
{
    QString model;   // Recommender::id, or "transfer-mapping", "transfer-profile", "upper-bound"
    QString label;   // translated
    int people = 0;
    double recall20 = 0;
    double ndcg20 = 0;
    double hitRate10 = 0;
    double coverage20 = 0;
    double trainSeconds = 0;
};

struct Report
{
    bool cancelled = false;
    int trainUsers = 0;
    std::int64_t trainEntries = 0;
    int items = 0;
    int evaluatedUsers = 0;
    int overlapPeople = 0;        // cold start: people on both platforms used to fit the mapping
    double shareOfUpperBound = 0; // cold start: transfer NDCG@20 / upper bound NDCG@20
    double secondsPerIteration = 0;
    QList<Row> rows;

    const Row *row(const QString &model) const;
};

// Holds out a seeded share of `data`'s people, trains on the rest, scores the rest of each
// held-out person's positives after folding in `foldInShare` of them.
Report inPlatform(const Interactions &data, const Options &options, const Control &control = {});

// Trains on `train` without the people in `holdout` and evaluates on `holdout`'s people (same
// items in the same order: read both with the same catalogue).
Report withHoldout(const Interactions &train, const Interactions &holdout, const Options &options,
                   const Control &control = {});

// Cold start from A to B. `samePerson` pairs user keys of A and B that identity resolution (or
// a shared id) says are one person. A seeded share of them have their B history hidden.
Report coldStart(const Interactions &a, const Interactions &b, const QList<QPair<QString, QString>> &samePerson,
                 const TaxonomyMap &taxonomy, const Options &options, const Control &control = {});

// Pairs of users with the same key on both (goodbooks' readers).
QList<QPair<QString, QString>> sameKeys(const Interactions &a, const Interactions &b);

QString label(const QString &model);

} // namespace OfflineEvaluation
