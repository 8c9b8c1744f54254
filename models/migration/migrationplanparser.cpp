#include "migration/migrationplanparser.h"

#include "migration/valuemapsparser.h"
#include "platform/canonicalschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

constexpr int kNameLength = 200;     // profile and plan names
constexpr int kKeyLength = 200;      // platform keys and codes
constexpr int kPathLength = 500;     // category paths
constexpr int kTextLength = 4000;    // description

QString join(const QString &place, const QString &key)
{
    return place.isEmpty() ? key : place + QLatin1Char('.') + key;
}

QString index(const QString &place, int i)
{
    return place + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

} // namespace

void MigrationPlanParser::problem(const QString &place, const QString &message)
{
    m_problems.append({place, message});
}

void MigrationPlanParser::unknownKeys(const QJsonObject &object, const QString &place, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problem(join(place, it.key()), tr("Unknown key \"%1\"; expected one of: %2.")
                                               .arg(it.key(), known.join(QStringLiteral(", "))));
    }
}

QString MigrationPlanParser::textProblem(const QString &value, int maxLength)
{
    // Plan values end up in logs, reports and query parameters: no control characters (a NUL or
    // a line break inside a name is never legitimate), and a bound length.
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029)
            return tr("The text contains a control character (U+%1).")
                .arg(QString::number(u, 16).rightJustified(4, QLatin1Char('0')).toUpper());
    }
    if (value.size() > maxLength)
        return tr("The text is %1 characters long; at most %2 are allowed.").arg(value.size()).arg(maxLength);
    return {};
}

QString MigrationPlanParser::categoryPathProblem(const QString &value)
{
    const QString p = textProblem(value, kPathLength);
    if (!p.isEmpty())
        return p;
    for (const QString &level : value.split(QLatin1Char('/'))) {
        if (level.trimmed().isEmpty())
            return tr("Category path \"%1\" has an empty level; levels are joined with \"/\".").arg(value);
    }
    return {};
}

bool MigrationPlanParser::checkText(const QString &value, const QString &place, int maxLength)
{
    const QString p = textProblem(value, maxLength);
    if (!p.isEmpty())
        problem(place, p);
    return p.isEmpty();
}

bool MigrationPlanParser::checkCategoryPath(const QString &value, const QString &place)
{
    const QString p = categoryPathProblem(value);
    if (!p.isEmpty())
        problem(place, p);
    return p.isEmpty();
}

QString MigrationPlanParser::text(const QJsonObject &object, const QString &key, const QString &place, bool required,
                                  int maxLength)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(place, tr("\"%1\" is missing.").arg(key));
        return {};
    }
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        problem(join(place, key), required ? tr("\"%1\" must be a non-empty text.").arg(key)
                                           : tr("\"%1\" must be a text.").arg(key));
        return {};
    }
    return checkText(v.toString(), join(place, key), maxLength) ? v.toString() : QString();
}

template<typename E>
E MigrationPlanParser::choice(const QJsonObject &object, const QString &key, const QString &place,
                              const QStringList &names, const QList<E> &values, bool required, E fallback)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(place, tr("\"%1\" is missing; expected one of: %2.").arg(key, names.join(QStringLiteral(", "))));
        return fallback;
    }
    const int i = v.isString() ? names.indexOf(v.toString()) : -1;
    if (i < 0) {
        problem(join(place, key), tr("\"%1\" must be one of: %2.").arg(key, names.join(QStringLiteral(", "))));
        return fallback;
    }
    return values.at(i);
}

QStringList MigrationPlanParser::textList(const QJsonValue &value, const QString &place, int maxLength,
                                          const QStringList &vocabulary)
{
    QStringList out;
    if (!value.isArray()) {
        problem(place, tr("A list of texts is expected."));
        return out;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = index(place, i);
        const QJsonValue e = array.at(i);
        if (!e.isString() || e.toString().isEmpty()) {
            problem(at, tr("A non-empty text is expected."));
            continue;
        }
        const QString s = e.toString();
        if (!checkText(s, at, maxLength))
            continue;
        if (!vocabulary.isEmpty() && !vocabulary.contains(s)) {
            problem(at, tr("\"%1\" is not one of: %2.").arg(s, vocabulary.join(QStringLiteral(", "))));
            continue;
        }
        if (seen.contains(s)) {
            problem(at, tr("\"%1\" is listed twice.").arg(s));
            continue;
        }
        seen.insert(s);
        out.append(s);
    }
    out.sort(); // order carries no meaning; sorted so the fingerprint ignores it
    return out;
}

std::optional<QDateTime> MigrationPlanParser::instant(const QJsonObject &object, const QString &key, const QString &place)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return std::nullopt;
    const QString s = v.toString();
    const QString at = join(place, key);
    if (s.size() == 10) { // a date alone means midnight UTC
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!v.isString() || !t.isValid()) {
        problem(at, tr("\"%1\" must be a date (2024-01-31) or an ISO 8601 time with a zone (2024-01-31T08:00:00+08:00).").arg(key));
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime) {
        problem(at, tr("The time \"%1\" has no time zone; add Z or an offset such as +08:00.").arg(s));
        return std::nullopt;
    }
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second())); // whole seconds
    return t;
}

MigrationPlan MigrationPlanParser::parse(const QJsonObject &root)
{
    MigrationPlan plan;
    unknownKeys(root, QString(),
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                 QStringLiteral("description"), QStringLiteral("source"), QStringLiteral("target"),
                 QStringLiteral("scope"), QStringLiteral("entities"), QStringLiteral("items"), QStringLiteral("maps"),
                 QStringLiteral("conflict_policy"), QStringLiteral("require_migration_consent"),
                 QStringLiteral("error_policy"), QStringLiteral("batch_size")});
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        problem(QString(), tr("\"format\" is missing; a plan starts with \"format\": \"%1\".").arg(MigrationPlan::formatName()));
    else if (format.toString() != MigrationPlan::formatName())
        problem(QStringLiteral("format"), tr("This is not a migration plan: \"format\" must be \"%1\".").arg(MigrationPlan::formatName()));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        problem(QString(), tr("\"version\" is missing."));
    else if (!version.isDouble() || version.toDouble() != MigrationPlan::kVersion)
        problem(QStringLiteral("version"), tr("Version %1 is not supported; this Zhiqiao reads version %2.")
                                               .arg(version.toVariant().toString()).arg(MigrationPlan::kVersion));

    plan.name = text(root, QStringLiteral("name"), QString(), true, kNameLength);
    plan.description = text(root, QStringLiteral("description"), QString(), false, kTextLength);
    plan.source = text(root, QStringLiteral("source"), QString(), true, kNameLength);
    plan.target = text(root, QStringLiteral("target"), QString(), true, kNameLength);
    if (!plan.source.isEmpty() && plan.source == plan.target)
        problem(QStringLiteral("target"), tr("The target must be another connection than the source."));

    if (!root.contains(QStringLiteral("scope")))
        problem(QString(), tr("\"scope\" is missing."));
    else
        parseScope(root.value(QStringLiteral("scope")), plan.scope);
    if (!root.contains(QStringLiteral("entities")))
        problem(QString(), tr("\"entities\" is missing."));
    else
        parseEntities(root.value(QStringLiteral("entities")), plan.entities);
    if (root.contains(QStringLiteral("items")))
        parseItems(root.value(QStringLiteral("items")), plan.items);
    if (root.contains(QStringLiteral("maps"))) {
        ValueMapsParser maps;
        plan.maps = maps.parse(root.value(QStringLiteral("maps")), QStringLiteral("maps"));
        m_problems.append(maps.problems());
    }

    plan.conflictPolicy = choice(root, QStringLiteral("conflict_policy"), QString(),
                                 {QStringLiteral("link_and_merge"), QStringLiteral("skip"), QStringLiteral("fail")},
                                 {ConflictPolicy::LinkAndMerge, ConflictPolicy::Skip, ConflictPolicy::Fail}, true,
                                 ConflictPolicy::Fail);
    plan.errorPolicy = choice(root, QStringLiteral("error_policy"), QString(),
                              {QStringLiteral("stop_at_first"), QStringLiteral("continue_and_quarantine")},
                              {ErrorPolicy::StopAtFirst, ErrorPolicy::ContinueAndQuarantine}, true,
                              ErrorPolicy::StopAtFirst);
    const QJsonValue consent = root.value(QStringLiteral("require_migration_consent"));
    if (consent.isUndefined())
        problem(QString(), tr("\"require_migration_consent\" is missing (true or false)."));
    else if (!consent.isBool())
        problem(QStringLiteral("require_migration_consent"), tr("\"require_migration_consent\" must be true or false."));
    else
        plan.requireMigrationConsent = consent.toBool();

    const QJsonValue batch = root.value(QStringLiteral("batch_size"));
    if (!batch.isUndefined()) {
        const double d = batch.toDouble(-1);
        if (!batch.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < MigrationPlan::kMinBatchSize
            || d > MigrationPlan::kMaxBatchSize)
            problem(QStringLiteral("batch_size"), tr("\"batch_size\" must be a whole number from %1 to %2.")
                                                      .arg(MigrationPlan::kMinBatchSize).arg(MigrationPlan::kMaxBatchSize));
        else
            plan.batchSize = static_cast<int>(d);
    }
    return plan;
}

void MigrationPlanParser::parseScope(const QJsonValue &value, PlanScope &scope)
{
    const QString place = QStringLiteral("scope");
    if (!value.isObject()) {
        problem(place, tr("\"scope\" must be an object with a \"kind\"."));
        return;
    }
    const QJsonObject o = value.toObject();
    scope.kind = choice(o, QStringLiteral("kind"), place,
                        {QStringLiteral("all"), QStringLiteral("filter"), QStringLiteral("users"), QStringLiteral("user")},
                        {PlanScope::Kind::All, PlanScope::Kind::Filter, PlanScope::Kind::Users, PlanScope::Kind::User},
                        true, PlanScope::Kind::All);
    switch (scope.kind) {
    case PlanScope::Kind::All:
        unknownKeys(o, place, {QStringLiteral("kind")});
        break;
    case PlanScope::Kind::Filter: {
        unknownKeys(o, place, {QStringLiteral("kind"), QStringLiteral("registered_from"), QStringLiteral("registered_to"),
                               QStringLiteral("channels"), QStringLiteral("categories"), QStringLiteral("consent_purpose")});
        scope.registeredFrom = instant(o, QStringLiteral("registered_from"), place);
        scope.registeredTo = instant(o, QStringLiteral("registered_to"), place);
        if (scope.registeredFrom && scope.registeredTo && *scope.registeredFrom >= *scope.registeredTo)
            problem(join(place, QStringLiteral("registered_to")), tr("\"registered_to\" must be later than \"registered_from\"."));
        if (o.contains(QStringLiteral("channels")))
            scope.channels = textList(o.value(QStringLiteral("channels")), join(place, QStringLiteral("channels")),
                                      kKeyLength, CanonicalSchema::channels());
        if (o.contains(QStringLiteral("categories"))) {
            const QString at = join(place, QStringLiteral("categories"));
            scope.categories = textList(o.value(QStringLiteral("categories")), at, kPathLength, {});
            for (int i = 0; i < scope.categories.size(); ++i)
                checkCategoryPath(scope.categories.at(i), at);
        }
        if (o.contains(QStringLiteral("consent_purpose"))) {
            const QString purpose = o.value(QStringLiteral("consent_purpose")).toString();
            if (!CanonicalSchema::consentPurposes().contains(purpose))
                problem(join(place, QStringLiteral("consent_purpose")), tr("\"consent_purpose\" must be one of: %1.")
                                                                            .arg(CanonicalSchema::consentPurposes().join(QStringLiteral(", "))));
            else
                scope.consentPurpose = purpose;
        }
        if (!scope.registeredFrom && !scope.registeredTo && scope.channels.isEmpty() && scope.categories.isEmpty()
            && scope.consentPurpose.isEmpty())
            problem(place, tr("A filter needs at least one criterion; use \"kind\": \"all\" to move everyone."));
        break;
    }
    case PlanScope::Kind::Users: {
        unknownKeys(o, place, {QStringLiteral("kind"), QStringLiteral("user_keys")});
        if (!o.contains(QStringLiteral("user_keys")))
            problem(place, tr("\"user_keys\" is missing."));
        else
            scope.userKeys = textList(o.value(QStringLiteral("user_keys")), join(place, QStringLiteral("user_keys")),
                                      kKeyLength, {});
        if (o.contains(QStringLiteral("user_keys")) && scope.userKeys.isEmpty() && o.value(QStringLiteral("user_keys")).isArray()
            && o.value(QStringLiteral("user_keys")).toArray().isEmpty())
            problem(join(place, QStringLiteral("user_keys")), tr("The list of users is empty."));
        break;
    }
    case PlanScope::Kind::User: {
        unknownKeys(o, place, {QStringLiteral("kind"), QStringLiteral("user_key")});
        const QString key = text(o, QStringLiteral("user_key"), place, true, kKeyLength);
        if (!key.isEmpty())
            scope.userKeys = {key};
        break;
    }
    }
}

void MigrationPlanParser::parseEntities(const QJsonValue &value, QStringList &entities)
{
    const QString place = QStringLiteral("entities");
    const QStringList movable = MigrationPlan::movableEntities();
    if (!value.isArray()) {
        problem(place, tr("\"entities\" must be a list such as [\"user\", \"order\"]."));
        return;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString name = array.at(i).toString();
        if (name == QLatin1String("item"))
            problem(index(place, i), tr("Items are matched on the target, not moved; see \"items\"."));
        else if (!movable.contains(name))
            problem(index(place, i), tr("\"%1\" is not an entity a plan can move; expected: %2.")
                                         .arg(name, movable.join(QStringLiteral(", "))));
        else if (seen.contains(name))
            problem(index(place, i), tr("\"%1\" is listed twice.").arg(name));
        seen.insert(name);
    }
    if (array.isEmpty())
        problem(place, tr("The plan moves nothing: list at least one entity."));
    for (const QString &name : movable) { // dependency order, whatever order the file used
        if (seen.contains(name))
            entities.append(name);
    }
}

void MigrationPlanParser::parseItems(const QJsonValue &value, PlanItems &items)
{
    const QString place = QStringLiteral("items");
    if (!value.isObject()) {
        problem(place, tr("\"items\" must be an object."));
        return;
    }
    const QJsonObject o = value.toObject();
    unknownKeys(o, place, {QStringLiteral("match"), QStringLiteral("map"), QStringLiteral("unmatched")});
    items.match = choice(o, QStringLiteral("match"), place, {QStringLiteral("none"), QStringLiteral("title_author")},
                         {ItemMatchRule::None, ItemMatchRule::TitleAuthor}, false, ItemMatchRule::TitleAuthor);
    items.unmatched = choice(o, QStringLiteral("unmatched"), place,
                             {QStringLiteral("quarantine"), QStringLiteral("drop"), QStringLiteral("create")},
                             {UnmatchedItemPolicy::Quarantine, UnmatchedItemPolicy::Drop, UnmatchedItemPolicy::Create},
                             false, UnmatchedItemPolicy::Quarantine);
    const QJsonValue map = o.value(QStringLiteral("map"));
    if (map.isUndefined())
        return;
    const QString mapPlace = join(place, QStringLiteral("map"));
    if (!map.isObject()) {
        problem(mapPlace, tr("\"map\" must be an object: source item key -> target item key."));
        return;
    }
    const QJsonObject m = map.toObject();
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString at = join(mapPlace, it.key());
        if (!checkText(it.key(), at, kKeyLength))
            continue;
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            problem(at, tr("A target item key (text) is expected."));
            continue;
        }
        if (checkText(it.value().toString(), at, kKeyLength))
            items.map.insert(it.key(), it.value().toString());
    }
}
