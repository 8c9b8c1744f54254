#include "migration/transformreason.h"

#include <QCoreApplication>

namespace {

struct Reason
{
    const char *code;
    const char *text; // %1 field, %2 detail
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; translate() looks them up at run time.
const Reason kReasons[] = {
    {"missing_required", QT_TRANSLATE_NOOP("RecordTransformer", "The required field \"%1\" is empty.")},
    {"malformed_value", QT_TRANSLATE_NOOP("RecordTransformer", "The value of \"%1\" is not of the expected kind: %2.")},
    {"malformed_text", QT_TRANSLATE_NOOP("RecordTransformer", "The text in \"%1\" contains characters the target cannot store.")},
    {"text_too_long", QT_TRANSLATE_NOOP("RecordTransformer", "The text in \"%1\" is too long for the target: %2.")},
    {"unknown_enum", QT_TRANSLATE_NOOP("RecordTransformer", "\"%1\" has a value outside its vocabulary: %2.")},
    {"fraction_out_of_range", QT_TRANSLATE_NOOP("RecordTransformer", "\"%1\" must be a share between 0 and 1, but is %2.")},
    {"timestamp_out_of_range", QT_TRANSLATE_NOOP("RecordTransformer", "The time in \"%1\" is implausible (before 2000 or in the future): %2.")},
    {"negative_value", QT_TRANSLATE_NOOP("RecordTransformer", "\"%1\" must not be negative, but is %2.")},
    {"malformed_amount", QT_TRANSLATE_NOOP("RecordTransformer", "The amount in \"%1\" is not a decimal number of yuan: %2.")},
    {"negative_amount", QT_TRANSLATE_NOOP("RecordTransformer", "The amount in \"%1\" is negative: %2.")},
    {"refund_exceeds_amount", QT_TRANSLATE_NOOP("RecordTransformer", "The refund is larger than the amount paid: %2.")},
    {"invalid_email", QT_TRANSLATE_NOOP("RecordTransformer", "The e-mail address is not valid: %2.")},
    {"invalid_phone", QT_TRANSLATE_NOOP("RecordTransformer", "The phone number is not valid: %2.")},
    {"orphan_user", QT_TRANSLATE_NOOP("RecordTransformer", "The user this record belongs to is not on the target: %2.")},
    {"orphan_item", QT_TRANSLATE_NOOP("RecordTransformer", "The item this record refers to has no match on the target: %2.")},
    {"unmapped_category", QT_TRANSLATE_NOOP("RecordTransformer", "The category is not in the plan's category map: %2.")},
    {"unmapped_plan", QT_TRANSLATE_NOOP("RecordTransformer", "The membership plan is not in the plan's membership map: %2.")},
    {"unmapped_event_kind", QT_TRANSLATE_NOOP("RecordTransformer", "The event kind is not in the plan's event map: %2.")},
    {"event_kind_dropped", QT_TRANSLATE_NOOP("RecordTransformer", "The plan leaves out events of this kind: %2.")},
    {"identity_conflict", QT_TRANSLATE_NOOP("RecordTransformer", "Two different target users match this person (%2); a person has to decide.")},
    {"user_exists", QT_TRANSLATE_NOOP("RecordTransformer", "The person already exists on the target (%2) and the plan's conflict policy is to fail.")},
    {"no_migration_consent", QT_TRANSLATE_NOOP("RecordTransformer", "The user has not consented to migration.")},
    {"exists_on_target", QT_TRANSLATE_NOOP("RecordTransformer", "The person already has this record on the target (%2); the target's is kept and linked.")},
};

} // namespace

QString TransformReason::text(const QString &code, const QString &field, const QString &detail)
{
    for (const Reason &r : kReasons) {
        if (code == QLatin1String(r.code)) {
            QString t = QCoreApplication::translate("RecordTransformer", r.text);
            if (t.contains(QLatin1String("%1")))
                t = t.arg(field);
            if (t.contains(QLatin1String("%2")))
                t = t.arg(detail);
            return t;
        }
    }
    return code;
}

QStringList TransformReason::codes()
{
    QStringList out;
    for (const Reason &r : kReasons)
        out.append(QString::fromLatin1(r.code));
    return out;
}

TransformOutcome TransformReason::quarantine(const QString &code, const QString &field, const QString &detail)
{
    TransformOutcome o;
    o.kind = TransformOutcome::Kind::Quarantine;
    o.reasonCode = code;
    o.field = field;
    o.reason = text(code, field, detail);
    return o;
}

TransformOutcome TransformReason::drop(const QString &code, const QString &field, const QString &detail)
{
    TransformOutcome o = quarantine(code, field, detail);
    o.kind = TransformOutcome::Kind::Drop;
    return o;
}
