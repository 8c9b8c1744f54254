#pragma once

#include "db/pgsession.h"
#include "migration/migrationrunresult.h"

#include <QMap>
#include <QUuid>

// The end-of-run balance, from the target's ledger and quarantine tables (not from counters in
// memory, which a resumed run would not have): per entity, records in scope = created + merged +
// skipped + quarantined + dropped. Dropped records are quarantine rows whose code starts with
// "dropped:" (BatchLoader), so they are counted, kept, and told apart.
namespace MigrationAccounting {

// `sourceCounts`: records in scope per entity, counted by reading the source.
Result<QMap<QString, MigrationEntityCounts>> compute(PgSession &target, const QUuid &runId,
                                                     const QMap<QString, qint64> &sourceCounts);

} // namespace MigrationAccounting
