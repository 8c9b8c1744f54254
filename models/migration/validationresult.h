#pragma once

#include "migration/canonicalhash.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <cstdint>

// What MigrationValidator found; MigrationReport renders it as JSON and HTML.
struct ValidationCounts
{
    std::int64_t source = 0;      // ledger rows + quarantined (every source record the run saw)
    std::int64_t batchRows = 0;   // sum of the run's batch row counts (written with the data)
    std::int64_t migrated = 0;    // ledger outcome created
    std::int64_t merged = 0;
    std::int64_t skipped = 0;
    std::int64_t quarantined = 0;
    std::int64_t verified = 0;    // target record present, content as recorded
    std::int64_t mismatched = 0;
    std::int64_t missing = 0;
    std::int64_t duplicated = 0;

    // source = migrated + merged + skipped + quarantined, and the batches agree.
    bool balanced() const { return source == migrated + merged + skipped + quarantined && batchRows == source; }
};

struct ValidationIssue
{
    enum class Kind { Mismatch, Missing, Duplicate };
    Kind kind = Kind::Mismatch;
    QString entity;
    QString sourceKey;
    QString targetKey;
    QString detail; // plain words, translated
    QList<CanonicalHash::FieldDiff> diffs; // Mismatch, when the source could be re-read

    static QString kindName(Kind kind); // "mismatch", "missing", "duplicate"
};

struct ValidationResult
{
    QUuid runId;
    QString planFingerprint;
    QString ledgerPlanFingerprint; // as the target's ledger recorded it
    QString runStatus;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime validatedAt;
    bool full = false;
    bool cancelled = false;
    QStringList entities;                          // in plan order
    QMap<QString, ValidationCounts> counts;        // by entity
    QMap<QString, QMap<QString, std::int64_t>> quarantine; // entity -> reason code -> count
    QList<ValidationIssue> issues;                 // the first kMaxIssues
    std::int64_t issueTotal = 0;
    QStringList errors;                            // database or adapter failures

    static constexpr int kMaxIssues = 1000;

    void addIssue(ValidationIssue issue)
    {
        ++issueTotal;
        if (issues.size() < kMaxIssues)
            issues.append(std::move(issue));
    }
    // Reasons the verdict is "failed" (translated); empty = passed.
    QStringList failureReasons() const;
    bool passed() const { return failureReasons().isEmpty(); }
};
