#pragma once

#include "db/pgsession.h"
#include "migration/migrationvalidator.h"
#include "migration/validationresult.h"

#include <pqxx/connection>

#include <atomic>
#include <memory>

// One validation pass over the entities of a run (MigrationValidator::run drives it): streams
// the ledger of one entity, reads the target records back in chunks, counts and records the
// findings in the result. `stream` carries the ledger stream; `lookup` serves key translation
// while the stream is open.
class ValidationPass
{
public:
    ValidationPass(const MigrationValidator::Options &options, ValidationResult &result, pqxx::connection &source,
                   pqxx::connection &target, PgSession &stream, PgSession &lookup);
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
