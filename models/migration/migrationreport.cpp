#include "migration/migrationreport.h"

#include "migration/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *const kCountNames[] = {"source", "batch_rows", "migrated", "merged", "skipped", "quarantined",
                                   "verified", "mismatched", "missing", "duplicated"};

std::array<std::int64_t, 10> countValues(const ValidationCounts &c)
{
    return {c.source, c.batchRows, c.migrated, c.merged, c.skipped, c.quarantined, c.verified, c.mismatched, c.missing,
            c.duplicated};
}

} // namespace

QJsonObject MigrationReport::toJson(const ValidationResult &r, const RunInfo &info)
{
    QJsonObject run{{QStringLiteral("run_id"), r.runId.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("plan_name"), info.planName},
                    {QStringLiteral("plan_fingerprint"), r.planFingerprint},
                    {QStringLiteral("ledger_plan_fingerprint"), r.ledgerPlanFingerprint},
                    {QStringLiteral("operator"), info.operatorName},
                    {QStringLiteral("source"), info.source},
                    {QStringLiteral("target"), info.target},
                    {QStringLiteral("status"), r.runStatus},
                    {QStringLiteral("started_at"), iso(r.startedAt)},
                    {QStringLiteral("finished_at"), iso(r.finishedAt)},
                    {QStringLiteral("validated_at"), iso(r.validatedAt)},
                    {QStringLiteral("zhiqiao_version"), QStringLiteral(ZQ_VERSION)},
                    {QStringLiteral("backup_file"), info.backupPath},
                    {QStringLiteral("backup_sha256"), info.backupSha256},
                    {QStringLiteral("full_check"), r.full}};
    QJsonObject counts;
    for (const QString &entity : r.entities) {
        const auto values = countValues(r.counts.value(entity));
        QJsonObject c;
        for (std::size_t i = 0; i < values.size(); ++i)
            c.insert(QLatin1String(kCountNames[i]), qint64(values[i]));
        c.insert(QStringLiteral("balanced"), r.counts.value(entity).balanced());
        counts.insert(entity, c);
    }
    QJsonArray issues;
    for (const ValidationIssue &i : r.issues) {
        QJsonArray diffs;
        for (const CanonicalHash::FieldDiff &d : i.diffs)
            diffs.append(QJsonObject{{QStringLiteral("field"), d.field},
                                     {QStringLiteral("expected"), d.sourceText},
                                     {QStringLiteral("target"), d.targetText}});
        issues.append(QJsonObject{{QStringLiteral("kind"), ValidationIssue::kindName(i.kind)},
                                  {QStringLiteral("entity"), i.entity},
                                  {QStringLiteral("source_key"), i.sourceKey},
                                  {QStringLiteral("target_key"), i.targetKey},
                                  {QStringLiteral("detail"), i.detail},
                                  {QStringLiteral("diffs"), diffs}});
    }
    QJsonObject quarantine;
    for (auto e = r.quarantine.cbegin(); e != r.quarantine.cend(); ++e) {
        QJsonObject reasons;
        for (auto c = e.value().cbegin(); c != e.value().cend(); ++c)
            reasons.insert(c.key(), qint64(c.value()));
        quarantine.insert(e.key(), reasons);
    }
    const QStringList reasons = r.failureReasons();
    return {{QStringLiteral("format"), QStringLiteral("zhiqiao-validation-report")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("run"), run},
            {QStringLiteral("entities"), QJsonArray::fromStringList(r.entities)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("issues"), issues},
            {QStringLiteral("issue_total"), qint64(r.issueTotal)},
            {QStringLiteral("issues_truncated"), r.issueTotal > r.issues.size()},
            {QStringLiteral("quarantine"), quarantine},
            {QStringLiteral("verdict"), QJsonObject{{QStringLiteral("result"), reasons.isEmpty() ? QStringLiteral("passed")
                                                                                                  : QStringLiteral("failed")},
                                                    {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}}}};
}

QString MigrationReport::toHtml(const ValidationResult &r, const RunInfo &info)
{
    const QStringList reasons = r.failureReasons();
    const bool passed = reasons.isEmpty();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>"
                        "body{font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
                        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;"
                        "vertical-align:top}th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                        ".verdict{font-size:1.6em;font-weight:bold;padding:.6em 1em;border-radius:6px;margin:1em 0}"
                        ".passed{background:#e3f6e5;color:#145a1e;border:2px solid #2e9b3e}"
                        ".failed{background:#fde8e8;color:#8a1414;border:2px solid #c62828}code{word-break:break-all}"
                        "</style></head><body>\n")
             .arg(esc(tr("Migration validation report")));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Migration validation report")));
    h += QStringLiteral("<div class=\"verdict %1\">%2</div>\n")
             .arg(passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                  esc(passed ? tr("Verdict: passed") : tr("Verdict: failed")));
    if (!passed) {
        h += QStringLiteral("<ul>");
        for (const QString &reason : reasons)
            h += QStringLiteral("<li>%1</li>").arg(esc(reason));
        h += QStringLiteral("</ul>\n");
    }
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><th>%1</th><td><code>%2</code></td></tr>").arg(esc(name), esc(value));
    };
    h += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Run")));
    h += row(tr("Run"), r.runId.toString(QUuid::WithoutBraces)) + row(tr("Plan"), info.planName)
        + row(tr("Plan fingerprint"), r.planFingerprint) + row(tr("Operator"), info.operatorName)
        + row(tr("Source"), info.source) + row(tr("Target"), info.target) + row(tr("Status"), r.runStatus)
        + row(tr("Started"), iso(r.startedAt)) + row(tr("Finished"), iso(r.finishedAt))
        + row(tr("Validated"), iso(r.validatedAt)) + row(tr("Full check"), r.full ? tr("yes") : tr("no"))
        + row(tr("Zhiqiao version"), QStringLiteral(ZQ_VERSION)) + row(tr("Backup file"), info.backupPath)
        + row(tr("Backup SHA-256"), info.backupSha256);
    h += QStringLiteral("</table>\n");

    const QStringList headers = {tr("Entity"), tr("Source"), tr("Batch rows"), tr("Migrated"), tr("Merged"), tr("Skipped"),
                                 tr("Quarantined"), tr("Verified"), tr("Mismatched"), tr("Missing"), tr("Duplicated"),
                                 tr("Balanced")};
    h += QStringLiteral("<h2>%1</h2><table><tr>").arg(esc(tr("Counts")));
    for (const QString &header : headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(header));
    h += QStringLiteral("</tr>");
    for (const QString &entity : r.entities) {
        const ValidationCounts c = r.counts.value(entity);
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(entity));
        for (std::int64_t v : countValues(c))
            h += QStringLiteral("<td class=\"n\">%1</td>").arg(v);
        h += QStringLiteral("<td>%1</td></tr>").arg(esc(c.balanced() ? tr("yes") : tr("no")));
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Quarantine")));
    if (r.quarantine.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing was quarantined.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(tr("Entity")), esc(tr("Reason")), esc(tr("Records")));
        for (auto e = r.quarantine.cbegin(); e != r.quarantine.cend(); ++e)
            for (auto c = e.value().cbegin(); c != e.value().cend(); ++c)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"n\">%3</td></tr>")
                         .arg(esc(e.key()), esc(c.key())).arg(c.value());
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Differences")));
    if (r.issueTotal == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Every migrated record matches.")));
    } else {
        if (r.issueTotal > r.issues.size())
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("The first %1 of %2 differences are listed.")
                                                          .arg(r.issues.size()).arg(r.issueTotal)));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                 .arg(esc(tr("Kind")), esc(tr("Entity")), esc(tr("Source key")), esc(tr("Target key")), esc(tr("Detail")),
                      esc(tr("Field differences (expected → target)")));
        for (const ValidationIssue &i : r.issues) {
            QString diffs;
            for (const CanonicalHash::FieldDiff &d : i.diffs)
                diffs += QStringLiteral("<div><b>%1</b>: <code>%2</code> → <code>%3</code></div>")
                             .arg(esc(d.field), esc(d.sourceText), esc(d.targetText));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td><code>%3</code></td><td><code>%4</code></td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(ValidationIssue::kindName(i.kind)), esc(i.entity), esc(i.sourceKey), esc(i.targetKey),
                          esc(i.detail), diffs);
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

MigrationReport::RunInfo MigrationReport::runInfo(PgSession &workspace, const QUuid &runId)
{
    RunInfo info;
    auto run = Workspace::getRun(workspace, runId);
    if (!run.ok() || !run->has_value())
        return info;
    const Workspace::Run &w = **run;
    const QJsonObject plan = QJsonDocument::fromJson(w.planJson).object();
    info.planName = plan.value(QStringLiteral("name")).toString();
    info.operatorName = w.operatorName;
    info.source = w.source;
    info.target = w.target;
    info.backupPath = w.backupPath;
    info.backupSha256 = w.backupSha256;
    return info;
}

DbError MigrationReport::store(PgSession &workspace, const QUuid &runId, const QJsonObject &report)
{
    Workspace::RunUpdate update;
    update.reportJson = QJsonDocument(report).toJson(QJsonDocument::Compact);
    return Workspace::updateRun(workspace, runId, update);
}
