#include "migration/migrationvalidator.h"

#include "migration/targetledger.h"
#include "migration/validationpass.h"
#include "platform/canonicalschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MigrationValidator", text);
}

std::string ledgerTable(const char *name)
{
    return PgSession::quoteIdent(TargetLedger::kSchema) + "." + PgSession::quoteIdent(name);
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

MigrationValidator::MigrationValidator(Options options) : m_options(std::move(options)) {}

namespace {
// The fields of `entity` the target both writes and reads back. A field that is only read is
// derived from others (ximalaya's progress fraction = seconds / album length) and cannot
// round-trip exactly; the fields it derives from are compared instead.
QSet<QString> storedFields(const CanonicalEntity &canonical, const AdapterEntity &e)
{
    QSet<QString> written;
    for (const AdapterWriteColumn &c : e.write.columns)
        written.insert(c.field);
    for (const AdapterWriteTarget &child : e.writeChildren)
        for (const AdapterWriteColumn &c : child.columns)
            written.insert(c.field);
    QSet<QString> stored;
    for (const CanonicalField &f : canonical.fields)
        if (e.mapping(f.name) && (!e.hasWrite || written.contains(f.name) || canonical.keyFields.contains(f.name)))
            stored.insert(f.name);
    return stored;
}
} // namespace

QVariantMap MigrationValidator::asWritten(const Adapter &target, const QString &entity, const QVariantMap &record)
{
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
    const AdapterEntity *e = target.entity(entity);
    if (!canonical || !e)
        return record;
    const QSet<QString> stored = storedFields(*canonical, *e);
    QVariantMap out;
    for (const CanonicalField &f : canonical->fields) {
        if (stored.contains(f.name))
            out.insert(f.name, record.value(f.name));
        else
            out.insert(f.name, f.defaultValue.isEmpty() ? QVariant() : QVariant(f.defaultValue));
    }
    return out;
}

CanonicalHash::Encoder MigrationValidator::recordEncoder(const Adapter &target, const QString &entity)
{
    CanonicalHash::Encoder encoder(entity, CanonicalHash::Keys::ExcludeOwn);
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
    const AdapterEntity *e = target.entity(entity);
    if (!canonical || !e)
        return encoder;
    const QSet<QString> stored = storedFields(*canonical, *e);
    for (const CanonicalField &f : canonical->fields)
        if (!stored.contains(f.name))
            encoder.fix(f.name, f.defaultValue.isEmpty() ? CanonicalValue::null() : CanonicalValue::ofText(f.defaultValue));
    return encoder;
}

QByteArray MigrationValidator::recordSha256(const Adapter &target, const QString &entity, const QVariantMap &record)
{
    return CanonicalHash::sha256(entity, asWritten(target, entity, record), CanonicalHash::Keys::ExcludeOwn);
}

ValidationResult MigrationValidator::run(const ProgressCallback &progress, const std::atomic<bool> *cancel)
{
    ValidationResult r;
    r.runId = m_options.runId;
    r.planFingerprint = m_options.plan.fingerprint();
    r.full = m_options.full;
    r.validatedAt = QDateTime::currentDateTimeUtc();
    auto fail = [&r](const DbError &e) {
        r.errors << (e.message.isEmpty() ? e.serverText : e.message);
        return r;
    };
    auto stream = PgSession::open(m_options.targetProfile, m_options.targetPassword);
    if (!stream)
        return fail(stream.error());
    auto lookup = PgSession::open(m_options.targetProfile, m_options.targetPassword);
    if (!lookup)
        return fail(lookup.error());
    auto read = PgSession::open(m_options.targetProfile, m_options.targetPassword);
    if (!read)
        return fail(read.error());
    auto source = PgSession::open(m_options.sourceProfile, m_options.sourcePassword);
    if (!source)
        return fail(source.error());
    std::unique_ptr<pqxx::connection> target;
    try {
        target = std::make_unique<pqxx::connection>(m_options.targetProfile.conninfo(m_options.targetPassword));
    } catch (const std::exception &e) {
        return fail(DbError::fromException(e));
    }
    PgSession &s = **lookup;
    auto ledgerRun = TargetLedger::run(s, m_options.runId);
    if (!ledgerRun)
        return fail(ledgerRun.error());
    if (!ledgerRun->has_value())
        return fail(DbError::make(DbError::Kind::Other, tr("The target's migration ledger has no record of this run.")));
    const TargetLedger::Run &lr = **ledgerRun;
    r.ledgerPlanFingerprint = lr.planFingerprint;
    r.runStatus = lr.status;
    r.startedAt = lr.startedAt;
    r.finishedAt = lr.finishedAt;

    if (DbError e = TargetLedger::analyze(s); e.isError())
        return fail(e);
    auto outcomes = TargetLedger::ledgerCounts(s, m_options.runId);
    if (!outcomes)
        return fail(outcomes.error());
    auto quarantine = TargetLedger::quarantineCounts(s, m_options.runId);
    if (!quarantine)
        return fail(quarantine.error());
    r.quarantine = *quarantine;
    auto batches = s.execParams("SELECT \"entity\", sum(\"rows\")::bigint FROM " + ledgerTable("batches")
                                    + " WHERE \"run_id\" = $1 GROUP BY \"entity\"",
                                {text(m_options.runId.toString(QUuid::WithoutBraces))});
    if (!batches)
        return fail(batches.error());
    QMap<QString, std::int64_t> batchRows;
    for (const auto &row : batches->rows)
        batchRows.insert(QString::fromStdString(row[0].value_or("")), std::stoll(row[1].value_or("0")));

    // Plan order first; an entity the ledger knows but the plan does not move still counts.
    QStringList entities;
    for (const QString &e : m_options.plan.entities)
        if (outcomes->contains(e) || quarantine->contains(e) || batchRows.contains(e))
            entities << e;
    for (const QString &e : batchRows.keys() + outcomes->keys() + quarantine->keys())
        if (!entities.contains(e))
            entities << e;
    r.entities = entities;
    for (const QString &e : entities) {
        ValidationCounts &c = r.counts[e];
        const TargetLedger::OutcomeCounts o = outcomes->value(e);
        c.migrated = o.created;
        c.merged = o.merged;
        c.skipped = o.skipped;
        for (std::int64_t n : quarantine->value(e))
            c.quarantined += n;
        c.source = o.total() + c.quarantined;
        c.batchRows = batchRows.value(e);
    }
    ValidationPass check(m_options, r, **source, *target, **stream, s, **read);
    for (const QString &e : entities) {
        if (!m_options.targetAdapter.entity(e)) {
            r.errors << tr("The target adapter does not describe entity \"%1\".").arg(e);
            continue;
        }
        check.entity(e, progress, cancel);
        if (r.cancelled)
            break;
    }
    return r;
}

QFuture<ValidationResult> MigrationValidator::start(Options options)
{
    return QtConcurrent::run([options = std::move(options)](QPromise<ValidationResult> &promise) {
        std::atomic<bool> cancel{false};
        MigrationValidator validator(options);
        promise.setProgressRange(0, 1000);
        ValidationResult r = validator.run(
            [&](const Progress &p) {
                if (promise.isCanceled())
                    cancel = true;
                const int value = p.total > 0 ? int(std::min<qint64>(1000, p.done * 1000 / p.total)) : 0;
                promise.setProgressValueAndText(value, QStringLiteral("%1 %2/%3").arg(p.entity).arg(p.done).arg(p.total));
            },
            &cancel);
        promise.addResult(std::move(r));
    });
}
