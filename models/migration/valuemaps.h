#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariantMap>

// The per-pair maps no adapter can know: a source category path, event kind or membership plan
// code -> the canonical fields the target record gets. Each map has a policy for values it does
// not list. Pure lookups; the plan parser fills them, RecordTransformer applies them.

enum class UnmappedPolicy { Quarantine, Default, Drop };

struct ValueMap
{
    // source value -> target canonical fields to set. An entry with no fields drops the record on
    // purpose (an event kind mapped to null); that is a mapping, not an unmapped value.
    QMap<QString, QVariantMap> entries;
    UnmappedPolicy unmapped = UnmappedPolicy::Quarantine;
    QVariantMap defaultTarget; // fields used under UnmappedPolicy::Default

    bool operator==(const ValueMap &) const = default;
};

class ValueMaps
{
public:
    enum class Kind { Category, EventKind, MembershipPlan };

    struct Lookup
    {
        enum class Outcome { Mapped, Defaulted, Dropped, Unmapped };
        Outcome outcome = Outcome::Unmapped;
        QVariantMap fields; // to set on the target record (Mapped, Defaulted)
    };

    ValueMap category;       // source category_path -> {category_key, category_path}
    ValueMap eventKind;      // canonical kind -> {kind}; canonical kinds without an entry pass
    ValueMap membershipPlan; // source plan code -> {plan, tier}

    const ValueMap &map(Kind kind) const;
    ValueMap &map(Kind kind);

    // `value` null or empty counts as unmapped (an adapter reads values it cannot map as NULL).
    Lookup lookup(Kind kind, const QVariant &value) const;

    bool operator==(const ValueMaps &) const = default;

    static QString kindName(Kind kind); // category, event_kind, membership_plan (JSON keys)
    static QString policyName(UnmappedPolicy policy);
    // JSON form of one entry's target fields: category {key, path}, event kind "kind" or null,
    // membership {plan, tier}.
    static QJsonValue targetToJson(Kind kind, const QVariantMap &fields);
    QJsonObject toJson() const;
};
