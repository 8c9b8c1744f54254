#pragma once

#include "db/connectionprofile.h"
#include "migration/canonicalhash.h"
#include "migration/migrationplan.h"
#include "migration/validationresult.h"
#include "platform/adapter.h"

#include <QFuture>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include <atomic>
#include <functional>

// Re-checks a finished (or partial) run against the target, record by record
// (docs/migration-design.md, "Validation as built"). For every entity of the run it streams the
// ledger (source key, target key, outcome, SHA-256) in key order, reads the target records back
// through the TARGET adapter by target key in batches, hashes them canonically and compares:
//   - created entry, no target row                       -> missing
//   - more than one target row with the key               -> duplicate
//   - two ledger entries of the run with one target key   -> duplicate
//   - a row owned by the run's users (same user_key) whose content (own key left out) equals a
//     migrated record's but whose key the ledger does not know         -> duplicate
//   - hash differs from the ledger's: the source record is read again through the SOURCE
//     adapter and transformed again; field differences against it   -> mismatch
//     (no differences: verified; the source is the authority when it can be consulted)
// `full` re-reads and re-transforms every source record, not only the mismatched ones.
// Merged entries are checked for presence only: a merge keeps the target's own record.
// Synchronous: run() opens its own connections, so call it from a worker thread (start()).
class MigrationValidator
{
public:
    struct Options
    {
        MigrationPlan plan;
        QUuid runId;
        ConnectionProfile sourceProfile;
        QString sourcePassword;
        ConnectionProfile targetProfile;
        QString targetPassword;
        Adapter sourceAdapter; // catalog-checked against the source
        Adapter targetAdapter; // catalog-checked against the target
        bool full = false;
    };

    struct Progress
    {
        QString entity;
        qint64 done = 0;
        qint64 total = 0;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    explicit MigrationValidator(Options options);

    ValidationResult run(const ProgressCallback &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // Runs on the global thread pool; progress as value/text, cancel through the future.
    static QFuture<ValidationResult> start(Options options);

    // The record as the target stores it: fields the target adapter does not both write and read
    // back (unmapped, or derived on read like a fraction computed from seconds) become null, or
    // the field's default, on both sides of every comparison. The ledger's record_sha256 is
    // recordSha256() of the transformed record, which the load path must use too.
    static QVariantMap asWritten(const Adapter &target, const QString &entity, const QVariantMap &record);
    static QByteArray recordSha256(const Adapter &target, const QString &entity, const QVariantMap &record);
    // recordSha256 for many CanonicalRecords of one entity: the field selection worked out once.
    static CanonicalHash::Encoder recordEncoder(const Adapter &target, const QString &entity);

private:
    Options m_options;
};
