#include "recommend/recommendreport.h"

#include "core/textwidth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace RecommendReport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecommendReport", text);
}

QString pad(const QString &s, int w, bool left)
{
    return left ? TextWidth::padLeft(s, w) : TextWidth::padRight(s, w);
}

QString figure(double v)
{
    return QString::number(v, 'f', 4);
}

QString table(const OfflineEvaluation::Report &r)
{
    const QStringList headers = {tr("Model"), tr("People"), QStringLiteral("Recall@20"), QStringLiteral("NDCG@20"),
                                 QStringLiteral("HR@10"), tr("Coverage"), tr("Training s")};
    QList<QStringList> rows;
    for (const auto &row : r.rows)
        rows.append({row.label, QString::number(row.people), figure(row.recall20), figure(row.ndcg20),
                     figure(row.hitRate10), figure(row.coverage20), QString::number(row.trainSeconds, 'f', 1)});
    QList<int> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        int w = TextWidth::displayWidth(headers[c]);
        for (const auto &row : rows)
            w = std::max(w, TextWidth::displayWidth(row[c]));
        widths.append(w + 2);
    }
    QString out;
    for (qsizetype c = 0; c < headers.size(); ++c)
        out += pad(headers[c], widths[c], c > 0);
    out += QLatin1Char('\n');
    for (const auto &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            out += pad(row[c], widths[c], c > 0);
        out += QLatin1Char('\n');
    }
    return out;
}

QJsonObject reportJson(const OfflineEvaluation::Report &r)
{
    QJsonArray rows;
    for (const auto &row : r.rows)
        rows.append(QJsonObject{{QStringLiteral("model"), row.model},
                                {QStringLiteral("people"), row.people},
                                {QStringLiteral("recall_at_20"), row.recall20},
                                {QStringLiteral("ndcg_at_20"), row.ndcg20},
                                {QStringLiteral("hit_rate_at_10"), row.hitRate10},
                                {QStringLiteral("coverage_at_20"), row.coverage20},
                                {QStringLiteral("train_seconds"), row.trainSeconds}});
    return {{QStringLiteral("train_users"), r.trainUsers},
            {QStringLiteral("train_interactions"), qint64(r.trainEntries)},
            {QStringLiteral("items"), r.items},
            {QStringLiteral("evaluated_users"), r.evaluatedUsers},
            {QStringLiteral("overlap_people"), r.overlapPeople},
            {QStringLiteral("share_of_upper_bound"), r.shareOfUpperBound},
            {QStringLiteral("seconds_per_iteration"), r.secondsPerIteration},
            {QStringLiteral("rows"), rows}};
}

} // namespace

QString toText(const Document &doc)
{
    QString out;
    const QLocale en(QLocale::English);
    if (doc.inPlatform) {
        const auto &r = *doc.inPlatform;
        if (r.cancelled)
            return tr("The evaluation was cancelled.") + QLatin1Char('\n');
        out += tr("%1: trained on %2 people (%3 interactions, %4 items); evaluated on %5 held-out people%6")
                   .arg(doc.target, en.toString(r.trainUsers), en.toString(qlonglong(r.trainEntries)), en.toString(r.items),
                        en.toString(r.evaluatedUsers),
                        doc.holdoutFile.isEmpty() ? QString() : tr(" from %1").arg(doc.holdoutFile))
            + QLatin1Char('\n');
        out += tr("iALS: %1 factors, %2 iterations, %3 s per iteration; seed %4")
                   .arg(doc.ials.factors)
                   .arg(doc.ials.iterations)
                   .arg(QString::number(r.secondsPerIteration, 'f', 3))
                   .arg(doc.seed)
            + QStringLiteral("\n\n") + table(r) + QLatin1Char('\n');
    }
    if (doc.coldStart) {
        const auto &r = *doc.coldStart;
        if (r.cancelled)
            return out + tr("The evaluation was cancelled.") + QLatin1Char('\n');
        out += tr("Cold start %1 → %2: %3 people new to %2 (their history there hidden); the mapping learnt from %4 people on both")
                   .arg(doc.source, doc.target, en.toString(r.evaluatedUsers), en.toString(r.overlapPeople))
            + QLatin1Char('\n');
        out += tr("iALS: %1 factors, %2 iterations; seed %3").arg(doc.ials.factors).arg(doc.ials.iterations).arg(doc.seed)
            + QStringLiteral("\n\n") + table(r) + QLatin1Char('\n');
        out += tr("The transfer recovers %1% of the upper bound's NDCG@20.").arg(QString::number(100 * r.shareOfUpperBound, 'f', 1))
            + QLatin1Char('\n');
    }
    return out;
}

QByteArray toJson(const Document &doc)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("zhiqiao-recommend-evaluation")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("source"), doc.source},
                  {QStringLiteral("target"), doc.target},
                  {QStringLiteral("seed"), qint64(doc.seed)},
                  {QStringLiteral("factors"), doc.ials.factors},
                  {QStringLiteral("iterations"), doc.ials.iterations},
                  {QStringLiteral("regularization"), doc.ials.regularization},
                  {QStringLiteral("alpha"), doc.ials.alpha}};
    if (!doc.holdoutFile.isEmpty())
        o.insert(QStringLiteral("holdout_file"), doc.holdoutFile);
    if (doc.inPlatform)
        o.insert(QStringLiteral("in_platform"), reportJson(*doc.inPlatform));
    if (doc.coldStart)
        o.insert(QStringLiteral("cold_start"), reportJson(*doc.coldStart));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace RecommendReport
