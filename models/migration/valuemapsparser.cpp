#include "migration/valuemapsparser.h"

#include "migration/migrationplanparser.h"
#include "platform/canonicalschema.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

constexpr int kCodeLength = 200;

QString join(const QString &place, const QString &key)
{
    return place + QLatin1Char('.') + key;
}

} // namespace

ValueMaps ValueMapsParser::parse(const QJsonValue &value, const QString &place)
{
    ValueMaps maps;
    if (!value.isObject()) {
        problem(place, tr("\"maps\" must be an object with \"category\", \"event_kind\" and \"membership_plan\"."));
        return maps;
    }
    const QJsonObject o = value.toObject();
    const QList<ValueMaps::Kind> kinds{ValueMaps::Kind::Category, ValueMaps::Kind::EventKind, ValueMaps::Kind::MembershipPlan};
    QStringList known;
    for (ValueMaps::Kind kind : kinds)
        known.append(ValueMaps::kindName(kind));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            problem(join(place, it.key()), tr("Unknown key \"%1\"; expected one of: %2.")
                                               .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    for (ValueMaps::Kind kind : kinds) {
        const QString name = ValueMaps::kindName(kind);
        if (o.contains(name))
            parseMap(o.value(name), kind, maps.map(kind), join(place, name));
    }
    return maps;
}

void ValueMapsParser::parseMap(const QJsonValue &value, ValueMaps::Kind kind, ValueMap &map, const QString &place)
{
    if (!value.isObject()) {
        problem(place, tr("A map must be an object with \"entries\" and \"unmapped\"."));
        return;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("entries") && it.key() != QLatin1String("unmapped") && it.key() != QLatin1String("default"))
            problem(join(place, it.key()), tr("Unknown key \"%1\"; expected one of: entries, unmapped, default.").arg(it.key()));
    }
    const QStringList policies{QStringLiteral("quarantine"), QStringLiteral("default"), QStringLiteral("drop")};
    const QJsonValue unmapped = o.value(QStringLiteral("unmapped"));
    if (unmapped.isUndefined()) {
        problem(place, tr("\"unmapped\" is missing: say what happens to values the map does not list (quarantine, default or drop)."));
    } else {
        const int i = policies.indexOf(unmapped.toString());
        if (i < 0)
            problem(join(place, QStringLiteral("unmapped")), tr("\"unmapped\" must be one of: quarantine, default, drop."));
        else
            map.unmapped = static_cast<UnmappedPolicy>(i);
    }
    const bool wantsDefault = map.unmapped == UnmappedPolicy::Default && !unmapped.isUndefined();
    if (o.contains(QStringLiteral("default")) && !wantsDefault)
        problem(join(place, QStringLiteral("default")), tr("A default is only used with \"unmapped\": \"default\"; remove it or change the policy."));
    else if (wantsDefault && !o.contains(QStringLiteral("default")))
        problem(place, tr("\"unmapped\" is \"default\" but no \"default\" is given."));
    else if (wantsDefault) {
        if (auto t = target(o.value(QStringLiteral("default")), kind, join(place, QStringLiteral("default")), false))
            map.defaultTarget = *t;
    }

    const QJsonValue entries = o.value(QStringLiteral("entries"));
    if (entries.isUndefined())
        return; // no entries: every value is unmapped, which the policy covers
    const QString at = join(place, QStringLiteral("entries"));
    if (!entries.isObject()) {
        problem(at, tr("\"entries\" must be an object: source value -> target."));
        return;
    }
    const QJsonObject e = entries.toObject();
    for (auto it = e.begin(); it != e.end(); ++it) {
        const QString entryPlace = join(at, it.key());
        if (!checkSource(kind, it.key(), entryPlace))
            continue;
        if (auto t = target(it.value(), kind, entryPlace, kind == ValueMaps::Kind::EventKind))
            map.entries.insert(it.key(), *t);
    }
}

bool ValueMapsParser::checkSource(ValueMaps::Kind kind, const QString &value, const QString &place)
{
    const QString p = kind == ValueMaps::Kind::Category ? MigrationPlanParser::categoryPathProblem(value)
                                                        : MigrationPlanParser::textProblem(value, kCodeLength);
    if (!p.isEmpty()) {
        problem(place, p);
        return false;
    }
    if (value.isEmpty()) {
        problem(place, tr("The source value must not be empty."));
        return false;
    }
    if (kind == ValueMaps::Kind::EventKind && !CanonicalSchema::eventKinds().contains(value)) {
        problem(place, tr("\"%1\" is not a canonical event kind; expected one of: %2.")
                           .arg(value, CanonicalSchema::eventKinds().join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

std::optional<QString> ValueMapsParser::code(const QJsonObject &o, const QString &key, const QString &place,
                                             const QStringList &vocabulary)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        problem(join(place, key), tr("\"%1\" must be a non-empty text.").arg(key));
        return std::nullopt;
    }
    const QString s = v.toString();
    const QString p = key == QLatin1String("path") ? MigrationPlanParser::categoryPathProblem(s)
                                                   : MigrationPlanParser::textProblem(s, kCodeLength);
    if (!p.isEmpty()) {
        problem(join(place, key), p);
        return std::nullopt;
    }
    if (!vocabulary.isEmpty() && !vocabulary.contains(s)) {
        problem(join(place, key), tr("\"%1\" is not one of: %2.").arg(s, vocabulary.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return s;
}

std::optional<QVariantMap> ValueMapsParser::target(const QJsonValue &value, ValueMaps::Kind kind, const QString &place,
                                                   bool allowNull)
{
    QVariantMap fields;
    if (kind == ValueMaps::Kind::EventKind) {
        if (value.isNull() && allowNull)
            return fields; // mapped to nothing: such events are dropped on purpose
        const QString s = value.toString();
        if (!value.isString() || !CanonicalSchema::eventKinds().contains(s)) {
            problem(place, tr("An event kind is expected (%1)%2.")
                               .arg(CanonicalSchema::eventKinds().join(QStringLiteral(", ")),
                                    allowNull ? tr(", or null to drop such events") : QString()));
            return std::nullopt;
        }
        fields.insert(QStringLiteral("kind"), s);
        return fields;
    }
    const bool category = kind == ValueMaps::Kind::Category;
    const QStringList keys = category ? QStringList{QStringLiteral("key"), QStringLiteral("path")}
                                      : QStringList{QStringLiteral("plan"), QStringLiteral("tier")};
    if (!value.isObject()) {
        problem(place, category ? tr("A target category is expected: {\"key\": …, \"path\": …}.")
                                : tr("A target plan is expected: {\"plan\": …, \"tier\": …}."));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            problem(join(place, it.key()), tr("Unknown key \"%1\"; expected one of: %2.").arg(it.key(), keys.join(QStringLiteral(", "))));
    }
    const auto first = code(o, keys.at(0), place, {});
    const auto second = code(o, keys.at(1), place, category ? QStringList() : CanonicalSchema::membershipTiers());
    if (!first || !second)
        return std::nullopt;
    if (category) {
        fields.insert(QStringLiteral("category_key"), *first);
        fields.insert(QStringLiteral("category_path"), *second);
    } else {
        fields.insert(QStringLiteral("plan"), *first);
        fields.insert(QStringLiteral("tier"), *second);
    }
    return fields;
}
