#include "migration/valuemaps.h"

#include "platform/canonicalschema.h"

#include <QJsonValue>

const ValueMap &ValueMaps::map(Kind kind) const
{
    switch (kind) {
    case Kind::Category: return category;
    case Kind::EventKind: return eventKind;
    case Kind::MembershipPlan: break;
    }
    return membershipPlan;
}

ValueMap &ValueMaps::map(Kind kind)
{
    return const_cast<ValueMap &>(static_cast<const ValueMaps *>(this)->map(kind));
}

ValueMaps::Lookup ValueMaps::lookup(Kind kind, const QVariant &value) const
{
    const ValueMap &m = map(kind);
    const QString text = value.isNull() ? QString() : value.toString();
    Lookup result;
    if (!text.isEmpty()) {
        const auto it = m.entries.constFind(text);
        if (it != m.entries.constEnd()) {
            result.outcome = it->isEmpty() ? Lookup::Outcome::Dropped : Lookup::Outcome::Mapped;
            result.fields = *it;
            return result;
        }
        // Event kinds are a shared vocabulary: a canonical kind the plan does not override moves as is.
        if (kind == Kind::EventKind && CanonicalSchema::eventKinds().contains(text)) {
            result.outcome = Lookup::Outcome::Mapped;
            result.fields.insert(QStringLiteral("kind"), text);
            return result;
        }
    }
    switch (m.unmapped) {
    case UnmappedPolicy::Default:
        result.outcome = Lookup::Outcome::Defaulted;
        result.fields = m.defaultTarget;
        break;
    case UnmappedPolicy::Drop:
        result.outcome = Lookup::Outcome::Dropped;
        break;
    case UnmappedPolicy::Quarantine:
        result.outcome = Lookup::Outcome::Unmapped;
        break;
    }
    return result;
}

QString ValueMaps::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Category: return QStringLiteral("category");
    case Kind::EventKind: return QStringLiteral("event_kind");
    case Kind::MembershipPlan: break;
    }
    return QStringLiteral("membership_plan");
}

QString ValueMaps::policyName(UnmappedPolicy policy)
{
    switch (policy) {
    case UnmappedPolicy::Quarantine: return QStringLiteral("quarantine");
    case UnmappedPolicy::Default: return QStringLiteral("default");
    case UnmappedPolicy::Drop: break;
    }
    return QStringLiteral("drop");
}

QJsonValue ValueMaps::targetToJson(Kind kind, const QVariantMap &fields)
{
    switch (kind) {
    case Kind::Category:
        return QJsonObject{{QStringLiteral("key"), fields.value(QStringLiteral("category_key")).toString()},
                           {QStringLiteral("path"), fields.value(QStringLiteral("category_path")).toString()}};
    case Kind::EventKind:
        return fields.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fields.value(QStringLiteral("kind")).toString());
    case Kind::MembershipPlan: break;
    }
    return QJsonObject{{QStringLiteral("plan"), fields.value(QStringLiteral("plan")).toString()},
                       {QStringLiteral("tier"), fields.value(QStringLiteral("tier")).toString()}};
}

QJsonObject ValueMaps::toJson() const
{
    QJsonObject out;
    for (Kind kind : {Kind::Category, Kind::EventKind, Kind::MembershipPlan}) {
        const ValueMap &m = map(kind);
        QJsonObject entries;
        for (auto it = m.entries.constBegin(); it != m.entries.constEnd(); ++it)
            entries.insert(it.key(), targetToJson(kind, it.value()));
        QJsonObject o{{QStringLiteral("unmapped"), policyName(m.unmapped)}, {QStringLiteral("entries"), entries}};
        if (m.unmapped == UnmappedPolicy::Default)
            o.insert(QStringLiteral("default"), targetToJson(kind, m.defaultTarget));
        out.insert(kindName(kind), o);
    }
    return out;
}
