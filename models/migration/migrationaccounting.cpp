#include "migration/migrationaccounting.h"

#include "migration/targetledger.h"

namespace MigrationAccounting {

Result<QMap<QString, MigrationEntityCounts>> compute(PgSession &target, const QUuid &runId,
                                                     const QMap<QString, qint64> &sourceCounts)
{
    auto ledger = TargetLedger::ledgerCounts(target, runId);
    if (!ledger)
        return ledger.error();
    auto quarantine = TargetLedger::quarantineCounts(target, runId);
    if (!quarantine)
        return quarantine.error();
    QMap<QString, MigrationEntityCounts> out;
    for (auto it = sourceCounts.cbegin(); it != sourceCounts.cend(); ++it) {
        MigrationEntityCounts &c = out[it.key()];
        c.source = it.value();
        const TargetLedger::OutcomeCounts l = ledger->value(it.key());
        c.created = l.created;
        c.merged = l.merged;
        c.skipped = l.skipped;
        const QMap<QString, std::int64_t> reasons = quarantine->value(it.key());
        for (auto r = reasons.cbegin(); r != reasons.cend(); ++r) {
            const bool dropped = r.key().startsWith(QLatin1String("dropped:"));
            (dropped ? c.dropped : c.quarantined) += r.value();
            c.reasons[dropped ? r.key().mid(8) : r.key()] += r.value();
        }
    }
    return out;
}

} // namespace MigrationAccounting
