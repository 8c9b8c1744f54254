#include "migration/recordtransformer.h"

#include "identity/identitynormalizer.h"
#include "migration/canonicalhash.h"
#include "migration/transformreason.h"
#include "platform/canonicalschema.h"

#include <cmath>

namespace {

using TransformReason::drop;
using TransformReason::quarantine;

bool isReference(const QString &entity, const QString &field)
{
    return (field == QLatin1String("user_key") && entity != QLatin1String("user"))
        || (field == QLatin1String("item_key") && entity != QLatin1String("item"));
}

bool isBlank(const QVariant &v)
{
    return v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
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

} // namespace

RecordTransformer::RecordTransformer(const MigrationPlan &plan, TransformContext context)
    : m_plan(plan)
    , m_context(std::move(context))
{
}

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
    QVariantMap record = source;
    for (auto step : {&RecordTransformer::applyMaps, &RecordTransformer::checkFields, &RecordTransformer::checkEntity,
                      &RecordTransformer::translateReferences}) {
        if (auto stop = (this->*step)(entity, record))
            return *stop;
    }
    if (entity == QLatin1String("progress"))
        fillProgress(record);
    assignOwnKeys(entity, source, record);
    TransformOutcome out;
    out.record = record;
    return out;
}

std::optional<TransformOutcome> RecordTransformer::applyMaps(const QString &entity, QVariantMap &record) const
{
    // Maps first: a source value the target vocabulary does not know is the map's business, not
    // a malformed value.
    ValueMaps::Kind kind;
    QString field;
    QString code;
    if (entity == QLatin1String("item")) {
        kind = ValueMaps::Kind::Category;
        field = QStringLiteral("category_path");
        code = QStringLiteral("unmapped_category");
    } else if (entity == QLatin1String("event")) {
        kind = ValueMaps::Kind::EventKind;
        field = QStringLiteral("kind");
        code = QStringLiteral("unmapped_event_kind");
    } else if (entity == QLatin1String("membership")) {
        kind = ValueMaps::Kind::MembershipPlan;
        field = QStringLiteral("plan");
        code = QStringLiteral("unmapped_plan");
    } else {
        return std::nullopt;
    }
    const QVariant value = record.value(field);
    const ValueMaps::Lookup found = m_plan.maps.lookup(kind, value);
    const QString shown = isBlank(value) ? QStringLiteral("(none)") : value.toString();
    switch (found.outcome) {
    case ValueMaps::Lookup::Outcome::Mapped:
    case ValueMaps::Lookup::Outcome::Defaulted:
        for (auto it = found.fields.constBegin(); it != found.fields.constEnd(); ++it)
            record.insert(it.key(), it.value());
        return std::nullopt;
    case ValueMaps::Lookup::Outcome::Dropped: {
        const bool deliberate = m_plan.maps.map(kind).entries.contains(shown);
        return drop(deliberate ? QStringLiteral("event_kind_dropped") : code, field, shown);
    }
    case ValueMaps::Lookup::Outcome::Unmapped:
        break;
    }
    return quarantine(code, field, shown);
}

std::optional<TransformOutcome> RecordTransformer::checkFields(const QString &entity, QVariantMap &record) const
{
    const CanonicalEntity *e = CanonicalSchema::entity(entity);
    if (!e)
        return quarantine(QStringLiteral("malformed_value"), QString(), entity);
    const QDateTime now = m_context.now.isValid() ? m_context.now : QDateTime::currentDateTimeUtc();
    const QHash<QString, int> limits = m_context.maxLengths.value(entity);
    for (const CanonicalField &f : e->fields) {
        const QVariant v = record.value(f.name);
        if (isBlank(v)) {
            if (f.required)
                return quarantine(QStringLiteral("missing_required"), f.name);
            continue;
        }
        const QString text = v.toString();
        switch (f.type) {
        case CanonicalType::Key:
        case CanonicalType::Text:
            if (!storable(text))
                return quarantine(QStringLiteral("malformed_text"), f.name);
            if (limits.contains(f.name) && text.size() > limits.value(f.name))
                return quarantine(QStringLiteral("text_too_long"), f.name,
                                  QStringLiteral("%1 > %2").arg(text.size()).arg(limits.value(f.name)));
            break;
        case CanonicalType::Enum:
            if (!f.allowedValues.contains(text))
                return quarantine(QStringLiteral("unknown_enum"), f.name, text);
            break;
        case CanonicalType::Timestamp: {
            const auto [tag, iso] = CanonicalHash::canonicalValue(entity, f.name, v);
            if (tag != 'T')
                return quarantine(QStringLiteral("malformed_value"), f.name, text);
            const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
            if (t < earliestTimestamp() || (t > now && !mayBeFuture(entity, f.name)))
                return quarantine(QStringLiteral("timestamp_out_of_range"), f.name, iso);
            record.insert(f.name, t.toUTC());
            break;
        }
        case CanonicalType::Money: {
            const QString money = CanonicalHash::normalizeMoney(v.typeId() == QMetaType::QString ? text : QString());
            if (money.isEmpty())
                return quarantine(QStringLiteral("malformed_amount"), f.name, text);
            if (money.startsWith(QLatin1Char('-')))
                return quarantine(QStringLiteral("negative_amount"), f.name, money);
            record.insert(f.name, money);
            break;
        }
        case CanonicalType::Fraction: {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok || !std::isfinite(d))
                return quarantine(QStringLiteral("malformed_value"), f.name, text);
            if (d < 0.0 || d > 1.0)
                return quarantine(QStringLiteral("fraction_out_of_range"), f.name, QString::number(d));
            record.insert(f.name, d);
            break;
        }
        case CanonicalType::Seconds: {
            bool ok = false;
            const qlonglong n = v.toLongLong(&ok);
            if (!ok)
                return quarantine(QStringLiteral("malformed_value"), f.name, text);
            if (n < 0)
                return quarantine(QStringLiteral("negative_value"), f.name, QString::number(n));
            record.insert(f.name, n);
            break;
        }
        case CanonicalType::Boolean:
            if (v.typeId() != QMetaType::Bool)
                return quarantine(QStringLiteral("malformed_value"), f.name, text);
            break;
        }
    }
    return std::nullopt;
}

std::optional<TransformOutcome> RecordTransformer::checkEntity(const QString &entity, QVariantMap &record) const
{
    if (entity == QLatin1String("user")) {
        const QString email = record.value(QStringLiteral("email")).toString();
        if (!email.isEmpty() && !IdentityNormalizer::email(email).isValid())
            return quarantine(QStringLiteral("invalid_email"), QStringLiteral("email"), email);
        const QString phone = record.value(QStringLiteral("phone")).toString();
        if (!phone.isEmpty() && !IdentityNormalizer::phone(phone).isValid())
            return quarantine(QStringLiteral("invalid_phone"), QStringLiteral("phone"), phone);
    } else if (entity == QLatin1String("order")) {
        const QString amount = record.value(QStringLiteral("amount")).toString();
        const QString refund = record.value(QStringLiteral("refund_amount")).toString();
        if (!refund.isEmpty() && decimalGreater(refund, amount))
            return quarantine(QStringLiteral("refund_exceeds_amount"), QStringLiteral("refund_amount"),
                              QStringLiteral("%1 > %2").arg(refund, amount));
    }
    return std::nullopt;
}

std::optional<TransformOutcome> RecordTransformer::translateReferences(const QString &entity, QVariantMap &record) const
{
    for (const QString &field : {QStringLiteral("user_key"), QStringLiteral("item_key")}) {
        if (!isReference(entity, field) || !record.contains(field) || isBlank(record.value(field)))
            continue; // a required reference that is blank was refused by checkFields
        const QString referenced = field == QLatin1String("user_key") ? QStringLiteral("user") : QStringLiteral("item");
        const QString sourceKey = record.value(field).toString();
        const std::optional<QString> target = m_context.translateKey ? m_context.translateKey(referenced, sourceKey)
                                                                     : std::nullopt;
        if (target) {
            record.insert(field, *target);
            continue;
        }
        const QString code = referenced == QLatin1String("user") ? QStringLiteral("orphan_user") : QStringLiteral("orphan_item");
        if (referenced == QLatin1String("item") && m_plan.items.unmatched == UnmatchedItemPolicy::Drop)
            return drop(code, field, sourceKey);
        return quarantine(code, field, sourceKey);
    }
    return std::nullopt;
}

void RecordTransformer::fillProgress(QVariantMap &record) const
{
    // Neither unit converts without the target item's duration; fill the missing one when known.
    if (!m_context.targetItemDuration)
        return;
    const auto duration = m_context.targetItemDuration(record.value(QStringLiteral("item_key")).toString());
    if (!duration || *duration <= 0)
        return;
    const QVariant seconds = record.value(QStringLiteral("seconds"));
    if (isBlank(seconds))
        record.insert(QStringLiteral("seconds"),
                      static_cast<qlonglong>(std::llround(record.value(QStringLiteral("fraction")).toDouble() * double(*duration))));
}

void RecordTransformer::assignOwnKeys(const QString &entity, const QVariantMap &source, QVariantMap &record) const
{
    const CanonicalEntity *e = CanonicalSchema::entity(entity);
    for (const QString &key : e->keyFields) {
        if (isReference(entity, key) || e->field(key)->type != CanonicalType::Key)
            continue; // references are translated; consent's purpose is content
        const std::optional<QString> assigned = m_context.assignKey ? m_context.assignKey(entity, source) : std::nullopt;
        if (assigned)
            record.insert(key, *assigned);
        else
            record.remove(key);
    }
}
