#pragma once

#include "db/pgsession.h"
#include "migration/migrationvalidator.h"
#include "migration/validationresult.h"

#include <pqxx/connection>

#include <atomic>
#include <memory>

// One validation pass over the entities of a run (MigrationValidator::run drives it): reads the
// ledger of one entity batch by batch, reads each batch's target records back by key, counts
// and records the findings in the result. `stream` reads the ledger and the target; `lookup`
// serves key translation and the duplicate sweep's work table; `read` reads the next batch on a
// thread of its own; `source` and `target` let a mismatch be explained by the source record
// transformed again.
class ValidationPass
{
public:
    ValidationPass(const MigrationValidator::Options &options, ValidationResult &result, PgSession &source,
                   pqxx::connection &target, PgSession &stream, PgSession &lookup, PgSession &read);
    ~ValidationPass();
    ValidationPass(const ValidationPass &) = delete;
    ValidationPass &operator=(const ValidationPass &) = delete;

    // False when something could not be checked (an error or cancellation is in the result).
    bool entity(const QString &entity, const MigrationValidator::ProgressCallback &progress,
                const std::atomic<bool> *cancel);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};
