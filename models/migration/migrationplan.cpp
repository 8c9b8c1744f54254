#include "migration/migrationplan.h"

#include "migration/migrationplanparser.h"
#include "platform/jsonlocator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

QString PlanProblem::toString(const QString &file) const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString out = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    if (!place.isEmpty())
        out += place + QStringLiteral(": ");
    return out + message;
}

QString MigrationPlanLoadResult::problemsText(const QString &file) const
{
    QStringList lines;
    for (const PlanProblem &p : problems)
        lines.append(p.toString(file));
    return lines.join(QLatin1Char('\n'));
}

QStringList MigrationPlan::movableEntities()
{
    return {QStringLiteral("user"), QStringLiteral("order"), QStringLiteral("progress"), QStringLiteral("event"),
            QStringLiteral("membership"), QStringLiteral("consent")};
}

QString MigrationPlan::conflictPolicyName(ConflictPolicy p)
{
    switch (p) {
    case ConflictPolicy::LinkAndMerge: return QStringLiteral("link_and_merge");
    case ConflictPolicy::Skip: return QStringLiteral("skip");
    case ConflictPolicy::Fail: break;
    }
    return QStringLiteral("fail");
}

QString MigrationPlan::errorPolicyName(ErrorPolicy p)
{
    return p == ErrorPolicy::StopAtFirst ? QStringLiteral("stop_at_first") : QStringLiteral("continue_and_quarantine");
}

QString MigrationPlan::unmatchedItemPolicyName(UnmatchedItemPolicy p)
{
    switch (p) {
    case UnmatchedItemPolicy::Quarantine: return QStringLiteral("quarantine");
    case UnmatchedItemPolicy::Drop: return QStringLiteral("drop");
    case UnmatchedItemPolicy::Create: break;
    }
    return QStringLiteral("create");
}

QString MigrationPlan::scopeKindName(PlanScope::Kind k)
{
    switch (k) {
    case PlanScope::Kind::All: return QStringLiteral("all");
    case PlanScope::Kind::Filter: return QStringLiteral("filter");
    case PlanScope::Kind::Users: return QStringLiteral("users");
    case PlanScope::Kind::User: break;
    }
    return QStringLiteral("user");
}

namespace {

QString instantText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject scopeJson(const PlanScope &s)
{
    QJsonObject o{{QStringLiteral("kind"), MigrationPlan::scopeKindName(s.kind)}};
    switch (s.kind) {
    case PlanScope::Kind::All:
        break;
    case PlanScope::Kind::Filter:
        if (s.registeredFrom)
            o.insert(QStringLiteral("registered_from"), instantText(*s.registeredFrom));
        if (s.registeredTo)
            o.insert(QStringLiteral("registered_to"), instantText(*s.registeredTo));
        if (!s.channels.isEmpty())
            o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(s.channels));
        if (!s.categories.isEmpty())
            o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(s.categories));
        if (!s.consentPurpose.isEmpty())
            o.insert(QStringLiteral("consent_purpose"), s.consentPurpose);
        break;
    case PlanScope::Kind::Users:
        o.insert(QStringLiteral("user_keys"), QJsonArray::fromStringList(s.userKeys));
        break;
    case PlanScope::Kind::User:
        o.insert(QStringLiteral("user_key"), s.userKeys.value(0));
        break;
    }
    return o;
}

} // namespace

QJsonObject MigrationPlan::toJson() const
{
    QJsonObject items{{QStringLiteral("match"), this->items.match == ItemMatchRule::TitleAuthor ? QStringLiteral("title_author")
                                                                                            : QStringLiteral("none")},
                      {QStringLiteral("unmatched"), unmatchedItemPolicyName(this->items.unmatched)}};
    QJsonObject itemMap;
    for (auto it = this->items.map.constBegin(); it != this->items.map.constEnd(); ++it)
        itemMap.insert(it.key(), it.value());
    items.insert(QStringLiteral("map"), itemMap);

    QJsonObject o{{QStringLiteral("format"), formatName()},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("scope"), scopeJson(scope)},
                  {QStringLiteral("entities"), QJsonArray::fromStringList(entities)},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("maps"), maps.toJson()},
                  {QStringLiteral("conflict_policy"), conflictPolicyName(conflictPolicy)},
                  {QStringLiteral("require_migration_consent"), requireMigrationConsent},
                  {QStringLiteral("error_policy"), errorPolicyName(errorPolicy)},
                  {QStringLiteral("batch_size"), batchSize}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

QByteArray MigrationPlan::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QByteArray MigrationPlan::canonicalText() const
{
    // toJson() is already normalised (defaults written, lists sorted, entities in dependency
    // order); QJsonObject keeps keys sorted and Compact writes no whitespace.
    QJsonObject o = toJson();
    o.remove(QStringLiteral("name"));
    o.remove(QStringLiteral("description"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString MigrationPlan::fingerprint() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText(), QCryptographicHash::Sha256).toHex());
}

MigrationPlanLoadResult MigrationPlanLoader::loadData(const QByteArray &json)
{
    MigrationPlanLoadResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        PlanProblem p;
        JsonLocator::lineColumn(json, error.offset, &p.line, &p.column);
        p.message = QCoreApplication::translate("MigrationPlan", "The plan is not valid JSON: %1.").arg(error.errorString());
        result.problems.append(p);
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({QString(), 1, 0, QCoreApplication::translate("MigrationPlan", "A plan must be one JSON object.")});
        return result;
    }
    MigrationPlanParser parser;
    MigrationPlan plan = parser.parse(doc.object());
    const JsonLocator locator(json);
    for (const auto &pr : parser.problems())
        result.problems.append({pr.first, pr.first.isEmpty() ? 1 : locator.line(pr.first), 0, pr.second});
    if (result.problems.isEmpty())
        result.plan = std::move(plan);
    return result;
}

MigrationPlanLoadResult MigrationPlanLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MigrationPlanLoadResult result;
        result.problems.append({QString(), 0, 0,
                                QCoreApplication::translate("MigrationPlan", "Cannot read the plan file: %1.").arg(file.errorString())});
        return result;
    }
    return loadData(file.readAll());
}
