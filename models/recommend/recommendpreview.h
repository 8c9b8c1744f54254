#pragma once

#include "recommend/platformmodels.h"
#include "recommend/recommender.h"
#include "recommend/transfermodel.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

// What a platform would recommend to one person, with two models side by side: the person's
// history, each model's top N with scores and a reason in words, and the category mix of the
// history and of each list. In-platform when the person has an account on the target with
// history there; otherwise cold start from their busiest other account, through the transfer.
namespace RecommendPreview {

struct HistoryRow
{
    QString platform;
    QString title;
    QString category;
    Interactions::Signal signal = Interactions::Signal::Viewed;
    float strength = 0;
    QString mixCategory; // the category as the target names it (cold start: through the taxonomy map)
};

struct Recommendation
{
    QString itemKey;
    QString title;
    QString category;
    float score = 0;
    QString reason;
};

struct Column
{
    Recommender::Kind kind = Recommender::Kind::Ials;
    QString label;
    QString note; // how this model came to its list, when it is not the obvious one
    QList<Recommendation> items;
    QList<double> mix; // per Result::categories
};

struct Result
{
    QString target;     // platform label
    QString source;     // cold start: the platform the history is from; empty in-platform
    bool coldStart = false;
    QList<HistoryRow> history;
    QList<Column> columns;
    QStringList categories; // top-level categories of history and lists, most weight first
    QList<double> historyMix;
    QString message; // nothing to show, and why (no account anywhere with history …)
};

// Models that make sense for the situation, first the default.
QList<Recommender::Kind> kinds(bool coldStart);

// In-platform: `account` is the person's user key on the target (may be empty or unknown).
Result inPlatform(const PlatformModels &target, const QString &account, const QList<Recommender::Kind> &kinds, int n);
// Cold start: history from `sourceAccount` on `source`.
Result coldStart(const PlatformModels &source, const QString &sourceAccount, const PlatformModels &target,
                 const TransferModel &transfer, const QList<Recommender::Kind> &kinds, int n);

} // namespace RecommendPreview

Q_DECLARE_METATYPE(RecommendPreview::Result)
