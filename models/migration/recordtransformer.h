#pragma once

#include "migration/migrationplan.h"
#include "platform/canonicalrecord.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

// One canonical source record -> the canonical record the target gets, or a quarantine outcome
// with a reason, or a deliberate drop (counted). Pure: no database; the engine supplies key
// translation (from the ledger / item matching) and the target's column limits.
// Values stay canonical: representation on the target (fen, epoch seconds, codes) is the target
// adapter's write conversions' job. Reason codes: docs/migration-plan.md.
// Works on CanonicalRecords (the load path's millions of records); the QVariantMap overload
// converts, for callers that have maps.

struct TransformOutcome
{
    enum class Kind { Record, Quarantine, Drop };
    Kind kind = Kind::Record;
    CanonicalRecord record; // Record: the target canonical record
    QString reasonCode; // Quarantine/Drop: stable code (orphan_user, negative_amount, …)
    QString reason;     // plain words, translated
    QString field;      // the field concerned, when one is

    bool isRecord() const { return kind == Kind::Record; }
};

struct TransformContext
{
    // Source key of a user ("user") or item ("item") -> its key on the target; none when it has
    // none (orphan).
    std::function<std::optional<std::string>(const QString &entity, std::string_view sourceKey)> translateKey;
    // The target key to write for a record's own key (e.g. a fresh UUID for a platform whose
    // writes carry the key); none or unset: the own key field is left out and the target
    // generates it.
    std::function<std::optional<std::string>(const QString &entity, const CanonicalRecord &source)> assignKey;
    // Duration in seconds of a target item, to fill progress seconds from a fraction (or back).
    std::function<std::optional<qlonglong>(std::string_view targetItemKey)> targetItemDuration;
    // entity -> field -> longest text (characters) the target column takes (from the target
    // adapter's column types); fields not listed are unbounded.
    QHash<QString, QHash<QString, int>> maxLengths;
    // "Now" for the future-timestamp check; invalid = the current time.
    QDateTime now;
};

class RecordTransformer
{
public:
    RecordTransformer(const MigrationPlan &plan, TransformContext context);
    ~RecordTransformer();
    RecordTransformer(const RecordTransformer &) = delete;
    RecordTransformer &operator=(const RecordTransformer &) = delete;

    TransformOutcome transform(const CanonicalRecord &source) const;
    TransformOutcome transform(const QString &entity, const QVariantMap &source) const;

    static QStringList reasonCodes();
    // Earliest plausible instant; anything before is a bad value, not history.
    static QDateTime earliestTimestamp();

private:
    struct Rules;
    struct EntityRules;
    std::optional<TransformOutcome> applyMaps(const EntityRules &rules, CanonicalRecord &record) const;
    std::optional<TransformOutcome> checkFields(const EntityRules &rules, CanonicalRecord &record, std::int64_t nowMs) const;
    std::optional<TransformOutcome> checkEntity(const EntityRules &rules, CanonicalRecord &record) const;
    std::optional<TransformOutcome> translateReferences(const EntityRules &rules, CanonicalRecord &record) const;
    void fillProgress(const EntityRules &rules, CanonicalRecord &record) const;
    void assignOwnKeys(const EntityRules &rules, const CanonicalRecord &source, CanonicalRecord &record) const;

    MigrationPlan m_plan;
    TransformContext m_context;
    std::unique_ptr<Rules> m_rules; // per entity, worked out once from the schema and the plan
};
