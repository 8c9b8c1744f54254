#include "migration/recordtransformer.h"

#include "identity/identitynormalizer.h"
#include "migration/canonicalhash.h"
#include "migration/transformreason.h"
#include "platform/canonicalschema.h"
#include "platform/canonicaltext.h"

#include <cmath>
#include <unordered_map>

namespace {

using TransformReason::drop;
using TransformReason::quarantine;

constexpr std::int64_t kEarliestMs = 946684800000; // 2000-01-01T00:00:00Z
// Instants QDateTime formats as "yyyy-MM-ddTHH:mm:ssZ" with a four-digit year.
constexpr std::int64_t kFormattableFromMs = -62167219200000; // 0000-01-01
constexpr std::int64_t kFormattableToMs = 253402300799999;   // 9999-12-31T23:59:59.999

bool isReference(const QString &entity, const QString &field)
{
    return (field == QLatin1String("user_key") && entity != QLatin1String("user"))
        || (field == QLatin1String("item_key") && entity != QLatin1String("item"));
}

// Validity windows end in the future by design; everything else happened already.
bool mayBeFuture(const QString &entity, const QString &field)
{
    return entity == QLatin1String("membership")
        && (field == QLatin1String("expires_at") || field == QLatin1String("starts_at"));
}

bool storable(const QString &text)
{
    // PostgreSQL text cannot hold NUL; a lone surrogate has no UTF-8 form.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// a > b for normalised non-negative decimals ("12.50").
bool decimalGreater(const QString &a, const QString &b)
{
    const QString aw = a.section(QLatin1Char('.'), 0, 0), bw = b.section(QLatin1Char('.'), 0, 0);
    if (aw.size() != bw.size())
        return aw.size() > bw.size();
    if (aw != bw)
        return aw > bw;
    QString af = a.section(QLatin1Char('.'), 1), bf = b.section(QLatin1Char('.'), 1);
    const qsizetype n = std::max(af.size(), bf.size());
    return af.leftJustified(n, QLatin1Char('0')) > bf.leftJustified(n, QLatin1Char('0'));
}

std::int64_t floorSecondsMs(std::int64_t ms)
{
    std::int64_t s = ms / 1000;
    if (ms % 1000 != 0 && ms < 0)
        --s;
    return s * 1000;
}

QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The value's text as QVariant::toString() gave it, without a QString when it is text already.
std::string keyText(const CanonicalValue &v)
{
    return v.kind == CanonicalValue::Kind::Text ? v.text : v.toQString().toStdString();
}

} // namespace

struct RecordTransformer::EntityRules
{
    struct Field
    {
        int index = -1;
        QString name;
        CanonicalType type = CanonicalType::Text;
        bool required = false;
        QStringList allowed;               // Enum
        std::vector<std::string> allowedUtf8;
        int maxLength = -1;                // Text/Key, characters
        bool mayBeFuture = false;          // Timestamp
    };
    // What a value map gives for one source value.
    struct Resolved
    {
        ValueMaps::Lookup::Outcome outcome = ValueMaps::Lookup::Outcome::Unmapped;
        std::vector<std::pair<QString, QVariant>> fields; // to set on the record
    };

    QString name;
    const CanonicalEntity *entity = nullptr;
    std::vector<Field> fields;
    bool hasMap = false;
    ValueMaps::Kind mapKind = ValueMaps::Kind::Category;
    int mapField = -1;
    QString mapFieldName, mapCode;
    std::unordered_map<std::string, Resolved> mapped;
    Resolved unmapped;
    int userRef = -1, itemRef = -1;
    std::vector<int> ownKeys;
    int email = -1, phone = -1, amount = -1, refund = -1;
    int progressItem = -1, progressFraction = -1, progressSeconds = -1;
};

struct RecordTransformer::Rules
{
    std::vector<EntityRules> entities;

    const EntityRules *find(const CanonicalEntity *e) const
    {
        for (const EntityRules &r : entities)
            if (r.entity == e)
                return &r;
        return nullptr;
    }
};

RecordTransformer::RecordTransformer(const MigrationPlan &plan, TransformContext context)
    : m_plan(plan), m_context(std::move(context)), m_rules(std::make_unique<Rules>())
{
    for (const CanonicalEntity &e : CanonicalSchema::entities()) {
        EntityRules r;
        r.name = e.name;
        r.entity = &e;
        const QHash<QString, int> limits = m_context.maxLengths.value(e.name);
        for (qsizetype i = 0; i < e.fields.size(); ++i) {
            const CanonicalField &cf = e.fields.at(i);
            EntityRules::Field f;
            f.index = static_cast<int>(i);
            f.name = cf.name;
            f.type = cf.type;
            f.required = cf.required;
            f.allowed = cf.allowedValues;
            for (const QString &a : cf.allowedValues)
                f.allowedUtf8.push_back(a.toStdString());
            f.maxLength = limits.value(cf.name, -1);
            f.mayBeFuture = mayBeFuture(e.name, cf.name);
            r.fields.push_back(std::move(f));
            if (isReference(e.name, cf.name))
                (cf.name == QLatin1String("user_key") ? r.userRef : r.itemRef) = static_cast<int>(i);
        }
        for (const QString &key : e.keyFields)
            if (!isReference(e.name, key) && e.field(key)->type == CanonicalType::Key)
                r.ownKeys.push_back(e.indexOf(key)); // references are translated; consent's purpose is content
        if (e.name == QLatin1String("item")) {
            r.hasMap = true;
            r.mapKind = ValueMaps::Kind::Category;
            r.mapFieldName = QStringLiteral("category_path");
            r.mapCode = QStringLiteral("unmapped_category");
        } else if (e.name == QLatin1String("event")) {
            r.hasMap = true;
            r.mapKind = ValueMaps::Kind::EventKind;
            r.mapFieldName = QStringLiteral("kind");
            r.mapCode = QStringLiteral("unmapped_event_kind");
        } else if (e.name == QLatin1String("membership")) {
            r.hasMap = true;
            r.mapKind = ValueMaps::Kind::MembershipPlan;
            r.mapFieldName = QStringLiteral("plan");
            r.mapCode = QStringLiteral("unmapped_plan");
        }
        if (r.hasMap) {
            // Every value the map knows, looked up once; anything else gets the unmapped policy.
            r.mapField = e.indexOf(r.mapFieldName);
            auto resolve = [&](const QString &value) {
                const ValueMaps::Lookup l = m_plan.maps.lookup(r.mapKind, value);
                EntityRules::Resolved out;
                out.outcome = l.outcome;
                for (auto it = l.fields.constBegin(); it != l.fields.constEnd(); ++it)
                    out.fields.emplace_back(it.key(), it.value());
                return out;
            };
            const ValueMap &map = m_plan.maps.map(r.mapKind);
            for (auto it = map.entries.constBegin(); it != map.entries.constEnd(); ++it)
                if (!it.key().isEmpty())
                    r.mapped.emplace(it.key().toStdString(), resolve(it.key()));
            if (r.mapKind == ValueMaps::Kind::EventKind)
                for (const QString &k : CanonicalSchema::eventKinds())
                    r.mapped.emplace(k.toStdString(), resolve(k));
            r.unmapped = resolve(QString());
        }
        r.email = e.name == QLatin1String("user") ? e.indexOf(QStringLiteral("email")) : -1;
        r.phone = e.name == QLatin1String("user") ? e.indexOf(QStringLiteral("phone")) : -1;
        r.amount = e.name == QLatin1String("order") ? e.indexOf(QStringLiteral("amount")) : -1;
        r.refund = e.name == QLatin1String("order") ? e.indexOf(QStringLiteral("refund_amount")) : -1;
        if (e.name == QLatin1String("progress")) {
            r.progressItem = e.indexOf(QStringLiteral("item_key"));
            r.progressFraction = e.indexOf(QStringLiteral("fraction"));
            r.progressSeconds = e.indexOf(QStringLiteral("seconds"));
        }
        m_rules->entities.push_back(std::move(r));
    }
}

RecordTransformer::~RecordTransformer() = default;

QDateTime RecordTransformer::earliestTimestamp()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

QStringList RecordTransformer::reasonCodes()
{
    return TransformReason::codes();
}

TransformOutcome RecordTransformer::transform(const QString &entity, const QVariantMap &source) const
{
    if (!CanonicalSchema::entity(entity))
        return quarantine(QStringLiteral("malformed_value"), QString(), entity);
    return transform(CanonicalRecord::fromVariantMap(entity, source));
}

TransformOutcome RecordTransformer::transform(const CanonicalRecord &source) const
{
    const EntityRules *rules = m_rules->find(source.entity());
    if (!rules)
        return quarantine(QStringLiteral("malformed_value"), QString(), source.entityName());
    const std::int64_t nowMs = m_context.now.isValid() ? m_context.now.toMSecsSinceEpoch()
                                                       : QDateTime::currentMSecsSinceEpoch();
    TransformOutcome out;
    out.record = source;
    CanonicalRecord &record = out.record;
    if (auto stop = applyMaps(*rules, record))
        return *stop;
    if (auto stop = checkFields(*rules, record, nowMs))
        return *stop;
    if (auto stop = checkEntity(*rules, record))
        return *stop;
    if (auto stop = translateReferences(*rules, record))
        return *stop;
    if (rules->progressSeconds >= 0)
        fillProgress(*rules, record);
    assignOwnKeys(*rules, source, record);
    return out;
}

std::optional<TransformOutcome> RecordTransformer::applyMaps(const EntityRules &rules, CanonicalRecord &record) const
{
    // Maps first: a source value the target vocabulary does not know is the map's business, not
    // a malformed value.
    if (!rules.hasMap)
        return std::nullopt;
    const CanonicalValue &value = record.at(rules.mapField);
    const EntityRules::Resolved *found = &rules.unmapped;
    if (!value.isNull()) {
        const std::string text = keyText(value);
        if (!text.empty())
            if (const auto it = rules.mapped.find(text); it != rules.mapped.end())
                found = &it->second;
    }
    using Outcome = ValueMaps::Lookup::Outcome;
    switch (found->outcome) {
    case Outcome::Mapped:
    case Outcome::Defaulted:
        for (const auto &[field, v] : found->fields) {
            const int i = record.indexOf(field);
            record.set(field, i >= 0 ? CanonicalValue::fromVariant(v, record.typeAt(i)) : CanonicalValue::fromVariant(v, CanonicalType::Text));
        }
        return std::nullopt;
    case Outcome::Dropped:
    case Outcome::Unmapped:
        break;
    }
    const QString shown = value.isBlank() ? QStringLiteral("(none)") : value.toQString();
    if (found->outcome == Outcome::Dropped) {
        const bool deliberate = m_plan.maps.map(rules.mapKind).entries.contains(shown);
        return drop(deliberate ? QStringLiteral("event_kind_dropped") : rules.mapCode, rules.mapFieldName, shown);
    }
    return quarantine(rules.mapCode, rules.mapFieldName, shown);
}

namespace {

// The rules for a value that did not come in its field's own kind (a QVariant of another type
// from a QVariantMap caller): exactly what they always were for QVariants.
std::optional<TransformOutcome> checkVariant(const QString &entity, const QString &name, CanonicalType type,
                                             int maxLength, bool future, const QStringList &allowed, std::int64_t nowMs,
                                             CanonicalValue &slot)
{
    const QVariant v = slot.toVariant();
    const QString text = v.toString();
    switch (type) {
    case CanonicalType::Key:
    case CanonicalType::Text:
        if (!storable(text))
            return quarantine(QStringLiteral("malformed_text"), name);
        if (maxLength >= 0 && text.size() > maxLength)
            return quarantine(QStringLiteral("text_too_long"), name, QStringLiteral("%1 > %2").arg(text.size()).arg(maxLength));
        break;
    case CanonicalType::Enum:
        if (!allowed.contains(text))
            return quarantine(QStringLiteral("unknown_enum"), name, text);
        break;
    case CanonicalType::Timestamp: {
        const auto [tag, iso] = CanonicalHash::canonicalValue(entity, name, v);
        if (tag != 'T')
            return quarantine(QStringLiteral("malformed_value"), name, text);
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        const std::int64_t ms = t.toMSecsSinceEpoch();
        if (ms < kEarliestMs || (ms > nowMs && !future))
            return quarantine(QStringLiteral("timestamp_out_of_range"), name, iso);
        slot = CanonicalValue::ofTimeMs(ms);
        break;
    }
    case CanonicalType::Money: {
        const QString money = CanonicalHash::normalizeMoney(v.typeId() == QMetaType::QString ? text : QString());
        if (money.isEmpty())
            return quarantine(QStringLiteral("malformed_amount"), name, text);
        if (money.startsWith(QLatin1Char('-')))
            return quarantine(QStringLiteral("negative_amount"), name, money);
        slot = CanonicalValue::ofText(money);
        break;
    }
    case CanonicalType::Fraction: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return quarantine(QStringLiteral("malformed_value"), name, text);
        if (d < 0.0 || d > 1.0)
            return quarantine(QStringLiteral("fraction_out_of_range"), name, QString::number(d));
        slot = CanonicalValue::ofReal(d);
        break;
    }
    case CanonicalType::Seconds: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok)
            return quarantine(QStringLiteral("malformed_value"), name, text);
        if (n < 0)
            return quarantine(QStringLiteral("negative_value"), name, QString::number(n));
        slot = CanonicalValue::ofInteger(n);
        break;
    }
    case CanonicalType::Boolean:
        if (v.typeId() != QMetaType::Bool)
            return quarantine(QStringLiteral("malformed_value"), name, text);
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<TransformOutcome> RecordTransformer::checkFields(const EntityRules &rules, CanonicalRecord &record,
                                                               std::int64_t nowMs) const
{
    for (const EntityRules::Field &f : rules.fields) {
        CanonicalValue &v = record.at(f.index);
        if (v.isBlank()) {
            if (f.required)
                return quarantine(QStringLiteral("missing_required"), f.name);
            continue;
        }
        const bool timeFormattable = v.kind != CanonicalValue::Kind::Time
            || (v.integer >= kFormattableFromMs && v.integer <= kFormattableToMs);
        if (!v.isNative(f.type) || !timeFormattable) {
            if (auto stop = checkVariant(rules.name, f.name, f.type, f.maxLength, f.mayBeFuture, f.allowed, nowMs, v))
                return stop;
            continue;
        }
        switch (f.type) {
        case CanonicalType::Key:
        case CanonicalType::Text:
            // Texts come from the database or from a storable QString (CanonicalValue::fromVariant
            // keeps the others as QVariants): only a NUL can still be in them.
            if (v.text.find('\0') != std::string::npos)
                return quarantine(QStringLiteral("malformed_text"), f.name);
            if (f.maxLength >= 0) {
                const auto n = static_cast<qsizetype>(CanonicalText::codePoints(v.text));
                if (n > f.maxLength)
                    return quarantine(QStringLiteral("text_too_long"), f.name, QStringLiteral("%1 > %2").arg(n).arg(f.maxLength));
            }
            break;
        case CanonicalType::Enum:
            if (std::find(f.allowedUtf8.begin(), f.allowedUtf8.end(), v.text) == f.allowedUtf8.end())
                return quarantine(QStringLiteral("unknown_enum"), f.name, utf8(v.text));
            break;
        case CanonicalType::Timestamp: {
            const std::int64_t ms = floorSecondsMs(v.integer); // the canonical form has whole seconds
            if (ms < kEarliestMs || (ms > nowMs && !f.mayBeFuture)) {
                std::string iso;
                CanonicalText::appendUtcSeconds(iso, ms);
                return quarantine(QStringLiteral("timestamp_out_of_range"), f.name, utf8(iso));
            }
            v.integer = ms;
            break;
        }
        case CanonicalType::Money: {
            std::optional<std::string> money = CanonicalText::normalizeMoney(v.text);
            if (!money) { // unusual spaces: the Qt rule decides
                const QString m = CanonicalHash::normalizeMoney(utf8(v.text));
                if (!m.isEmpty())
                    money = m.toStdString();
            }
            if (!money)
                return quarantine(QStringLiteral("malformed_amount"), f.name, utf8(v.text));
            if (!money->empty() && money->front() == '-')
                return quarantine(QStringLiteral("negative_amount"), f.name, utf8(*money));
            v.text = std::move(*money);
            break;
        }
        case CanonicalType::Fraction:
            if (!std::isfinite(v.real))
                return quarantine(QStringLiteral("malformed_value"), f.name, v.toQString());
            if (v.real < 0.0 || v.real > 1.0)
                return quarantine(QStringLiteral("fraction_out_of_range"), f.name, QString::number(v.real));
            break;
        case CanonicalType::Seconds:
            if (v.integer < 0)
                return quarantine(QStringLiteral("negative_value"), f.name, QString::number(v.integer));
            break;
        case CanonicalType::Boolean:
            break;
        }
    }
    return std::nullopt;
}

std::optional<TransformOutcome> RecordTransformer::checkEntity(const EntityRules &rules, CanonicalRecord &record) const
{
    if (rules.email >= 0) {
        const QString email = record.at(rules.email).isNull() ? QString() : record.at(rules.email).toQString();
        if (!email.isEmpty() && !IdentityNormalizer::email(email).isValid())
            return quarantine(QStringLiteral("invalid_email"), QStringLiteral("email"), email);
        const QString phone = record.at(rules.phone).isNull() ? QString() : record.at(rules.phone).toQString();
        if (!phone.isEmpty() && !IdentityNormalizer::phone(phone).isValid())
            return quarantine(QStringLiteral("invalid_phone"), QStringLiteral("phone"), phone);
    } else if (rules.amount >= 0 && !record.at(rules.refund).isNull()) {
        const QString amount = record.at(rules.amount).toQString();
        const QString refund = record.at(rules.refund).toQString();
        if (!refund.isEmpty() && decimalGreater(refund, amount))
            return quarantine(QStringLiteral("refund_exceeds_amount"), QStringLiteral("refund_amount"),
                              QStringLiteral("%1 > %2").arg(refund, amount));
    }
    return std::nullopt;
}

std::optional<TransformOutcome> RecordTransformer::translateReferences(const EntityRules &rules, CanonicalRecord &record) const
{
    static const QString user = QStringLiteral("user"), item = QStringLiteral("item");
    for (const int index : {rules.userRef, rules.itemRef}) {
        if (index < 0)
            continue;
        CanonicalValue &v = record.at(index);
        if (v.isBlank())
            continue; // a required reference that is blank was refused by checkFields
        const bool isUser = index == rules.userRef;
        const std::string sourceKey = keyText(v);
        std::optional<std::string> target = m_context.translateKey ? m_context.translateKey(isUser ? user : item, sourceKey)
                                                                   : std::nullopt;
        if (target) {
            v = CanonicalValue::ofText(std::move(*target));
            continue;
        }
        const QString field = rules.fields[static_cast<std::size_t>(index)].name;
        const QString code = isUser ? QStringLiteral("orphan_user") : QStringLiteral("orphan_item");
        if (!isUser && m_plan.items.unmatched == UnmatchedItemPolicy::Drop)
            return drop(code, field, utf8(sourceKey));
        return quarantine(code, field, utf8(sourceKey));
    }
    return std::nullopt;
}

void RecordTransformer::fillProgress(const EntityRules &rules, CanonicalRecord &record) const
{
    // Neither unit converts without the target item's duration; fill the missing one when known.
    if (!m_context.targetItemDuration)
        return;
    const CanonicalValue &item = record.at(rules.progressItem);
    const auto duration = m_context.targetItemDuration(item.isNull() ? std::string() : keyText(item));
    if (!duration || *duration <= 0)
        return;
    if (record.at(rules.progressSeconds).isBlank()) {
        const CanonicalValue &fraction = record.at(rules.progressFraction);
        const double f = fraction.kind == CanonicalValue::Kind::Real ? fraction.real : fraction.toVariant().toDouble();
        record.at(rules.progressSeconds) = CanonicalValue::ofInteger(std::llround(f * double(*duration)));
    }
}

void RecordTransformer::assignOwnKeys(const EntityRules &rules, const CanonicalRecord &source, CanonicalRecord &record) const
{
    for (const int index : rules.ownKeys) {
        std::optional<std::string> assigned = m_context.assignKey ? m_context.assignKey(rules.name, source) : std::nullopt;
        record.at(index) = assigned ? CanonicalValue::ofText(std::move(*assigned)) : CanonicalValue();
    }
}
