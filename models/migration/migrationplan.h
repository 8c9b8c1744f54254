#pragma once

#include "migration/valuemaps.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The migration plan: the versioned JSON document (format "zhiqiao-migration-plan", version 1)
// that says what moves from which platform to which, with the per-pair maps and the policies.
// docs/migration-plan.md is the reference. Every name in a plan (profiles, keys, categories,
// plan codes) is a value that is looked up or bound as a parameter, never SQL text.

enum class ConflictPolicy { LinkAndMerge, Skip, Fail };
enum class ErrorPolicy { StopAtFirst, ContinueAndQuarantine };
enum class UnmatchedItemPolicy { Quarantine, Drop, Create };
enum class ItemMatchRule { None, TitleAuthor };

struct PlanScope
{
    enum class Kind { All, Filter, Users, User };
    Kind kind = Kind::All;
    // Filter (every given criterion must hold; absent ones do not restrict):
    std::optional<QDateTime> registeredFrom; // inclusive, UTC
    std::optional<QDateTime> registeredTo;   // exclusive, UTC
    QStringList channels;                    // canonical channels, sorted
    QStringList categories;                  // source category paths (events/orders in them), sorted
    QString consentPurpose;                  // granted consent required for this purpose
    // Users / User:
    QStringList userKeys; // source user keys, sorted (one for User)

    bool operator==(const PlanScope &) const = default;
};

struct PlanItems
{
    QMap<QString, QString> map; // source item key -> target item key (explicit, wins over the rule)
    ItemMatchRule match = ItemMatchRule::TitleAuthor;
    UnmatchedItemPolicy unmatched = UnmatchedItemPolicy::Quarantine;

    bool operator==(const PlanItems &) const = default;
};

struct PlanProblem
{
    QString place;   // JSON path, e.g. maps.category.entries.商业/管理.key ("" = whole document)
    int line = 0;    // 1-based, 0 when unknown
    int column = 0;  // 1-based, JSON syntax errors only
    QString message; // plain words, translated

    QString toString(const QString &file = QString()) const; // "file:line:column: place: message"
};

class MigrationPlan
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMinBatchSize = 100;
    static constexpr int kMaxBatchSize = 100000;
    static QString formatName() { return QStringLiteral("zhiqiao-migration-plan"); }
    // Entities a plan may move, in dependency order (items are matched, not moved).
    static QStringList movableEntities();

    QString name;
    QString description;
    QString source; // saved connection profile name
    QString target; // saved connection profile name
    PlanScope scope;
    QStringList entities; // subset of movableEntities(), kept in dependency order
    PlanItems items;
    ValueMaps maps;
    ConflictPolicy conflictPolicy = ConflictPolicy::LinkAndMerge;
    bool requireMigrationConsent = true;
    ErrorPolicy errorPolicy = ErrorPolicy::ContinueAndQuarantine;
    int batchSize = 5000;

    bool moves(const QString &entity) const { return entities.contains(entity); }

    // Full document (every default written out), keys sorted by QJsonObject.
    QJsonObject toJson() const;
    QByteArray toJsonText() const; // indented, for files

    // SHA-256 (hex) over the compact canonical serialisation of everything that changes what a
    // run does. name and description are left out: renaming a plan must not block a resume.
    QByteArray canonicalText() const;
    QString fingerprint() const;

    bool operator==(const MigrationPlan &) const = default;

    static QString conflictPolicyName(ConflictPolicy p);
    static QString errorPolicyName(ErrorPolicy p);
    static QString unmatchedItemPolicyName(UnmatchedItemPolicy p);
    static QString scopeKindName(PlanScope::Kind k);
};

struct MigrationPlanLoadResult
{
    std::optional<MigrationPlan> plan; // set only when there is no problem
    QList<PlanProblem> problems;

    bool ok() const { return plan.has_value() && problems.isEmpty(); }
    QString problemsText(const QString &file = QString()) const; // one problem per line
};

namespace MigrationPlanLoader {
MigrationPlanLoadResult loadData(const QByteArray &json);
MigrationPlanLoadResult loadFile(const QString &path);
} // namespace MigrationPlanLoader
