#include "migration/validationresult.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ValidationResult", text, nullptr, n);
}
} // namespace

QString ValidationIssue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Mismatch: return QStringLiteral("mismatch");
    case Kind::Missing: return QStringLiteral("missing");
    case Kind::Duplicate: return QStringLiteral("duplicate");
    }
    return {};
}

QStringList ValidationResult::failureReasons() const
{
    QStringList reasons;
    if (cancelled)
        reasons << tr("Validation was cancelled before every record was checked.");
    for (const QString &e : errors)
        reasons << e;
    if (!ledgerPlanFingerprint.isEmpty() && ledgerPlanFingerprint != planFingerprint)
        reasons << tr("The plan's fingerprint differs from the one the run was made with.");
    for (const QString &entity : entities) {
        const ValidationCounts &c = counts.value(entity);
        if (!c.balanced())
            reasons << tr("%1: the accounting does not balance (source %2, batches %3, migrated + merged + skipped + quarantined %4).")
                           .arg(entity).arg(c.source).arg(c.batchRows).arg(c.migrated + c.merged + c.skipped + c.quarantined);
        if (c.mismatched)
            reasons << tr("%1: %n record(s) differ from what was migrated.", int(c.mismatched)).arg(entity);
        if (c.missing)
            reasons << tr("%1: %n record(s) are missing on the target.", int(c.missing)).arg(entity);
        if (c.duplicated)
            reasons << tr("%1: %n duplicated record(s) on the target.", int(c.duplicated)).arg(entity);
    }
    return reasons;
}
