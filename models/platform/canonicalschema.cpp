#include "platform/canonicalschema.h"

namespace {

CanonicalField key(const char *name, const char *description, bool required = true)
{
    return {QString::fromLatin1(name), CanonicalType::Key, required, {}, {}, QString::fromLatin1(description)};
}

CanonicalField typed(const char *name, CanonicalType type, bool required, const char *description)
{
    return {QString::fromLatin1(name), type, required, {}, {}, QString::fromLatin1(description)};
}

CanonicalField enumField(const char *name, const QStringList &values, bool required, const char *description)
{
    return {QString::fromLatin1(name), CanonicalType::Enum, required, values, {}, QString::fromLatin1(description)};
}

CanonicalField currency()
{
    // Every demo platform sells in CNY and stores no currency column; the field exists so that
    // a future platform with foreign prices is an adapter change, not a model change.
    return {QStringLiteral("currency"), CanonicalType::Enum, false, {QStringLiteral("CNY")},
            QStringLiteral("CNY"), QStringLiteral("ISO 4217 code of the amounts; CNY when not mapped")};
}

QList<CanonicalEntity> buildEntities()
{
    using T = CanonicalType;
    QList<CanonicalEntity> all;

    all.append({QStringLiteral("user"), {QStringLiteral("user_key")}, {
        key("user_key", "the platform's user id as text"),
        typed("name", T::Text, false, "display name or nickname"),
        typed("email", T::Text, false, "e-mail as stored (not normalised)"),
        typed("phone", T::Text, false, "phone number as stored (not normalised)"),
        typed("registered_at", T::Timestamp, true, "when the account was created"),
        enumField("channel", CanonicalSchema::channels(), false, "channel the user signed up on"),
        typed("active", T::Boolean, false, "account is open"),
    }});

    all.append({QStringLiteral("item"), {QStringLiteral("item_key")}, {
        key("item_key", "the platform's item id as text"),
        typed("title", T::Text, true, "title"),
        enumField("kind", CanonicalSchema::itemKinds(), true, "what is sold"),
        typed("category_path", T::Text, false, "category from the root, levels joined with '/'"),
        key("category_key", "the platform's own category identifier (id or path)", false),
        typed("price", T::Money, true, "list price in yuan"),
        currency(),
        typed("duration_seconds", T::Seconds, false, "playing or reading time"),
        typed("author", T::Text, false, "author, lecturer or anchor"),
        typed("published_at", T::Timestamp, false, "publication time"),
    }});

    all.append({QStringLiteral("order"), {QStringLiteral("order_key")}, {
        key("order_key", "the platform's order id as text"),
        typed("order_no", T::Text, false, "order number shown to the customer"),
        key("user_key", "buyer"),
        key("item_key", "item bought"),
        typed("amount", T::Money, true, "amount paid in yuan"),
        currency(),
        enumField("channel", CanonicalSchema::channels(), false, "channel the order was paid on"),
        enumField("status", CanonicalSchema::orderStatuses(), true, "paid or refunded"),
        typed("ordered_at", T::Timestamp, true, "time of payment"),
        typed("refund_amount", T::Money, false, "amount refunded in yuan"),
        typed("refunded_at", T::Timestamp, false, "time of refund"),
        typed("refund_reason", T::Text, false, "reason given for the refund"),
    }});

    all.append({QStringLiteral("progress"), {QStringLiteral("user_key"), QStringLiteral("item_key")}, {
        key("user_key", "learner"),
        key("item_key", "item learnt"),
        typed("fraction", T::Fraction, true, "share of the item completed, 0..1"),
        typed("seconds", T::Seconds, false, "seconds listened or watched, when the platform knows"),
        typed("updated_at", T::Timestamp, true, "last learning activity"),
    }});

    all.append({QStringLiteral("event"), {QStringLiteral("event_key")}, {
        key("event_key", "the platform's event id as text"),
        key("user_key", "who acted"),
        key("item_key", "item acted on (none for searches)", false),
        enumField("kind", CanonicalSchema::eventKinds(), true, "what happened"),
        enumField("channel", CanonicalSchema::channels(), false, "where it happened"),
        typed("occurred_at", T::Timestamp, true, "when it happened"),
        typed("query", T::Text, false, "search text"),
    }});

    all.append({QStringLiteral("membership"), {QStringLiteral("membership_key")}, {
        key("membership_key", "the platform's membership id as text"),
        key("user_key", "member"),
        typed("plan", T::Text, true, "the platform's own plan code, kept verbatim"),
        enumField("tier", CanonicalSchema::membershipTiers(), false, "the plan's canonical tier"),
        typed("starts_at", T::Timestamp, true, "start of validity"),
        typed("expires_at", T::Timestamp, true, "end of validity"),
    }});

    all.append({QStringLiteral("consent"), {QStringLiteral("user_key"), QStringLiteral("purpose")}, {
        key("user_key", "who answered"),
        enumField("purpose", CanonicalSchema::consentPurposes(), true, "what the answer is about"),
        typed("granted", T::Boolean, true, "given (true) or withdrawn/refused (false)"),
        typed("updated_at", T::Timestamp, true, "when the user answered"),
        typed("evidence", T::Text, false, "where and how the answer was recorded"),
    }});
    return all;
}

} // namespace

const CanonicalField *CanonicalEntity::field(const QString &fieldName) const
{
    for (const CanonicalField &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

int CanonicalEntity::indexOf(const QString &fieldName) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == fieldName)
            return static_cast<int>(i);
    }
    return -1;
}

const QList<CanonicalEntity> &CanonicalSchema::entities()
{
    static const QList<CanonicalEntity> all = buildEntities();
    return all;
}

const CanonicalEntity *CanonicalSchema::entity(const QString &name)
{
    for (const CanonicalEntity &e : entities()) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QStringList CanonicalSchema::entityNames()
{
    QStringList names;
    for (const CanonicalEntity &e : entities())
        names.append(e.name);
    return names;
}

QString CanonicalSchema::typeName(CanonicalType type)
{
    switch (type) {
    case CanonicalType::Key: return QStringLiteral("key");
    case CanonicalType::Text: return QStringLiteral("text");
    case CanonicalType::Enum: return QStringLiteral("enum");
    case CanonicalType::Timestamp: return QStringLiteral("timestamp");
    case CanonicalType::Money: return QStringLiteral("money");
    case CanonicalType::Fraction: return QStringLiteral("fraction");
    case CanonicalType::Seconds: return QStringLiteral("seconds");
    case CanonicalType::Boolean: return QStringLiteral("boolean");
    }
    return {};
}

QStringList CanonicalSchema::channels()
{
    return {QStringLiteral("pc"), QStringLiteral("h5"), QStringLiteral("ios"), QStringLiteral("android")};
}

QStringList CanonicalSchema::eventKinds()
{
    return {QStringLiteral("view"), QStringLiteral("click"), QStringLiteral("play"), QStringLiteral("like"),
            QStringLiteral("favourite"), QStringLiteral("comment"), QStringLiteral("share"), QStringLiteral("search")};
}

QStringList CanonicalSchema::consentPurposes()
{
    return {QStringLiteral("migration"), QStringLiteral("sharing"), QStringLiteral("recommendation")};
}

QStringList CanonicalSchema::itemKinds()
{
    return {QStringLiteral("course"), QStringLiteral("column"), QStringLiteral("audiobook"),
            QStringLiteral("ebook"), QStringLiteral("live")};
}

QStringList CanonicalSchema::orderStatuses()
{
    return {QStringLiteral("paid"), QStringLiteral("refunded")};
}

QStringList CanonicalSchema::membershipTiers()
{
    return {QStringLiteral("monthly"), QStringLiteral("yearly"), QStringLiteral("premium")};
}
