#pragma once

#include "migration/migrationplan.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

// One canonical source record -> the canonical record the target gets, or a quarantine outcome
// with a reason, or a deliberate drop (counted). Pure: no database; the engine supplies key
// translation (from the ledger / item matching) and the target's column limits.
// Values stay canonical: representation on the target (fen, epoch seconds, codes) is the target
// adapter's write conversions' job. Reason codes: docs/migration-plan.md.

struct TransformOutcome
{
    enum class Kind { Record, Quarantine, Drop };
    Kind kind = Kind::Record;
    QVariantMap record; // Record: the target canonical record
    QString reasonCode; // Quarantine/Drop: stable code (orphan_user, negative_amount, …)
    QString reason;     // plain words, translated
    QString field;      // the field concerned, when one is

    bool isRecord() const { return kind == Kind::Record; }
};

struct TransformContext
{
    // Source key of a user or item -> its key on the target; none when it has none (orphan).
    std::function<std::optional<QString>(const QString &entity, const QString &sourceKey)> translateKey;
    // The target key to write for a record's own key (e.g. a fresh UUID for a platform whose
    // writes carry the key); none or unset: the own key field is left out and the target
    // generates it.
    std::function<std::optional<QString>(const QString &entity, const QVariantMap &source)> assignKey;
    // Duration in seconds of a target item, to fill progress seconds from a fraction (or back).
    std::function<std::optional<qlonglong>(const QString &targetItemKey)> targetItemDuration;
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

    TransformOutcome transform(const QString &entity, const QVariantMap &source) const;

    static QStringList reasonCodes();
    // Earliest plausible instant; anything before is a bad value, not history.
    static QDateTime earliestTimestamp();

private:
    std::optional<TransformOutcome> checkFields(const QString &entity, QVariantMap &record) const;
    std::optional<TransformOutcome> checkEntity(const QString &entity, QVariantMap &record) const;
    std::optional<TransformOutcome> applyMaps(const QString &entity, QVariantMap &record) const;
    std::optional<TransformOutcome> translateReferences(const QString &entity, QVariantMap &record) const;
    void fillProgress(QVariantMap &record) const;
    void assignOwnKeys(const QString &entity, const QVariantMap &source, QVariantMap &record) const;

    MigrationPlan m_plan;
    TransformContext m_context;
};
