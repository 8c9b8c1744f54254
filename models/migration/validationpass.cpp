#include "migration/validationpass.h"

#include "db/pgparam.h"
#include "migration/sourcereplay.h"
#include "migration/targetledger.h"
#include "platform/canonicalschema.h"
#include "platform/entitykeyreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {

// Joins the parts of a composite key in the ledger, as the load path does.
const QChar kSeparator(0x1f);
constexpr int kSweepFetch = 5000;

QString tr(const char *text)
{
    return QCoreApplication::translate("MigrationValidator", text);
}

struct LedgerRow
{
    QString sourceKey;
    QString targetKey;
    QString outcome;
    QByteArray sha; // raw
};

// Rows of migrated users the ledger does not know, with their content hash, for the duplicate
// sweep: a temporary table of the lookup session, so memory does not grow with them.
const char *const kUnknownTable = "pg_temp.\"zq_validate_unknown\"";

std::string ledgerTable(const char *name)
{
    return PgSession::quoteIdent(TargetLedger::kSchema) + "." + PgSession::quoteIdent(name);
}

std::string text(const QString &s)
{
    return s.toStdString();
}

QString qtext(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

class ValidationPass::Impl
{
public:
    Impl(const MigrationValidator::Options &o, ValidationResult &r, PgSession &src, pqxx::connection &tgt,
         PgSession &stream, PgSession &lookup)
        : m_o(o), m_r(r), m_stream(stream), m_lookup(lookup),
          m_replay(o.plan, o.sourceAdapter, o.targetAdapter, src, tgt, lookup, o.runId)
    {
    }

    bool entity(const QString &entity, const MigrationValidator::ProgressCallback &progress,
                const std::atomic<bool> *cancel)
    {
        m_entity = entity;
        m_encoder = std::make_unique<CanonicalHash::Encoder>(MigrationValidator::recordEncoder(m_o.targetAdapter, entity));
        // The duplicate sweep applies to entities owned by a user through a reference, not
        // through their own key, with a single-column key on the target.
        const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
        const AdapterEntity *target = m_o.targetAdapter.entity(entity);
        m_sweep = canonical && target && !canonical->keyFields.contains(QStringLiteral("user_key"))
            && target->mapping(QStringLiteral("user_key")) && target->key.size() == 1;
        if (!findSharedTargetKeys())
            return false;
        auto batches = m_stream.execParams("SELECT \"batch_no\" FROM " + ledgerTable("batches")
                                               + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 ORDER BY 1",
                                           {runText(), text(entity)});
        if (!batches) {
            fail(batches.error());
            return false;
        }
        ValidationCounts &c = m_r.counts[entity];
        qint64 done = 0;
        bool ok = true;
        // Batch by batch (the ledger's BRIN index finds a batch's rows), each batch's target
        // records read back by key in one statement.
        for (const auto &row : batches->rows) {
            std::vector<LedgerRow> chunk;
            auto read = m_stream.query("SELECT \"source_key\", \"target_key\", \"outcome\", \"record_sha256\" FROM "
                                           + ledgerTable("ledger")
                                           + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"batch_no\" = $3::int",
                                       {runText(), text(entity), row[0]}, [&](const PgSession::Rows &rows) {
                chunk.reserve(std::size_t(rows.count()));
                for (int i = 0; i < rows.count(); ++i)
                    chunk.push_back({qtext(rows.view(i, 0)), qtext(rows.view(i, 1)), qtext(rows.view(i, 2)),
                                     byteaValue(rows.view(i, 3))});
            });
            if (!read) {
                fail(read.error());
                return false;
            }
            ok = checkChunk(chunk) && ok;
            done += qint64(chunk.size());
            if (progress)
                progress({entity, done, c.migrated + c.merged + c.skipped});
            if (cancel && cancel->load()) {
                m_r.cancelled = true;
                return false;
            }
        }
        return sweep() && ok;
    }

private:
    void fail(const DbError &e) { m_r.errors << m_entity + QStringLiteral(": ") + e.message; }
    std::string runText() const { return PgParam::uuid(m_o.runId); }

    // bytea in text form ("\x0a1b…") -> raw bytes.
    static QByteArray byteaValue(std::string_view hex)
    {
        if (hex.size() < 2 || hex.substr(0, 2) != "\\x")
            return {};
        return QByteArray::fromHex(QByteArray(hex.data() + 2, qsizetype(hex.size() - 2)));
    }

    // Created ledger entries whose target key an earlier entry (in source-key order) already
    // names. The database groups: memory does not grow with the run, and only keys named twice
    // come back.
    bool findSharedTargetKeys()
    {
        m_sharedTargetKey.clear();
        auto rows = m_stream.execParams(
            "SELECT \"source_key\" FROM (SELECT l.\"source_key\", l.\"outcome\", row_number() OVER"
            " (PARTITION BY l.\"target_key\" ORDER BY l.\"source_key\") AS \"n\" FROM " + ledgerTable("ledger")
                + " l WHERE l.\"run_id\" = $1::uuid AND l.\"entity\" = $2 AND l.\"target_key\" IN (SELECT \"target_key\" FROM "
                + ledgerTable("ledger")
                + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"outcome\" <> 'skipped' AND \"target_key\" <> ''"
                  " GROUP BY 1 HAVING count(*) > 1) AND l.\"outcome\" <> 'skipped') d WHERE \"n\" > 1 AND \"outcome\" = 'created'",
            {runText(), text(m_entity)});
        if (!rows) {
            fail(rows.error());
            return false;
        }
        for (const auto &row : rows->rows)
            m_sharedTargetKey.insert(QString::fromStdString(row[0].value_or(std::string())));
        return true;
    }

    // Target records of a chunk by target key. A single-column key is read by its values. A
    // composite key (progress, consent) is the canonical key fields joined by U+001F, which may
    // be value-mapped on the platform (consent purpose), so those records are read by user and
    // matched on their canonical key.
    bool readTargets(const std::vector<LedgerRow> &chunk, QHash<QString, QList<CanonicalRecord>> &byKey)
    {
        const AdapterEntity &e = *m_o.targetAdapter.entity(m_entity);
        const QStringList keyFields = CanonicalSchema::entity(m_entity)->keyFields;
        QList<QStringList> keys;
        QStringList users;
        for (const LedgerRow &l : chunk) {
            if (l.targetKey.isEmpty() || l.outcome == QLatin1String("skipped"))
                continue;
            keys.append(QStringList{l.targetKey});
            users.append(l.targetKey.section(kSeparator, 0, 0));
        }
        if (keys.isEmpty())
            return true;
        if (e.key.size() == 1) {
            auto rows = EntityKeyReader::readByKeys(m_stream, m_o.targetAdapter, m_entity, keys);
            if (!rows) {
                fail(rows.error());
                return false;
            }
            for (auto &r : *rows)
                byKey[r.key.value(0)].append(std::move(r.record));
            return true;
        }
        if (keyFields.value(0) != QLatin1String("user_key")) {
            m_r.errors << tr("Records of %1 cannot be read back by key.").arg(m_entity);
            return false;
        }
        users.removeDuplicates();
        QStringList after;
        for (;;) {
            auto page = EntityKeyReader::readWhereFieldIn(m_stream, m_o.targetAdapter, m_entity, QStringLiteral("user_key"),
                                                          users, kSweepFetch, after);
            if (!page) {
                fail(page.error());
                return false;
            }
            for (auto &r : *page) {
                QStringList parts;
                for (const QString &f : keyFields)
                    parts << r.record.value(f).toQString();
                byKey[parts.join(kSeparator)].append(std::move(r.record));
            }
            if (page->size() < kSweepFetch)
                return true;
            after = page->last().key;
        }
    }

    bool checkChunk(const std::vector<LedgerRow> &chunk)
    {
        ValidationCounts &c = m_r.counts[m_entity];
        QHash<QString, QList<CanonicalRecord>> byKey;
        if (!readTargets(chunk, byKey))
            return false;
        QStringList replayKeys;
        QList<const LedgerRow *> mismatched;
        for (const LedgerRow &l : chunk) {
            if (l.outcome == QLatin1String("skipped") || l.targetKey.isEmpty())
                continue;
            if (l.outcome == QLatin1String("created") && m_sharedTargetKey.contains(l.sourceKey)) {
                ++c.duplicated;
                issue(ValidationIssue::Kind::Duplicate, l, tr("Another ledger entry of this run has the same target key."));
            }
            const auto found = byKey.constFind(l.targetKey);
            if (found == byKey.cend() || found->isEmpty()) {
                ++c.missing;
                issue(ValidationIssue::Kind::Missing, l, tr("No target record has this key."));
                continue;
            }
            if (found->size() > 1) {
                c.duplicated += found->size() - 1;
                issue(ValidationIssue::Kind::Duplicate, l, tr("%1 target records have this key.").arg(found->size()));
            }
            if (l.outcome == QLatin1String("merged")) {
                ++c.verified; // a merge keeps the target's own record: presence is the check
                continue;
            }
            if (matchesLedger(found->first(), l.sha) && !m_o.full) {
                ++c.verified;
                continue;
            }
            replayKeys.append(l.sourceKey);
            mismatched.append(&l);
        }
        return replay(replayKeys, mismatched, byKey);
    }

    // Re-reads and re-transforms the source of the given entries: field differences for
    // mismatches, and in a full check a second comparison for records the ledger agrees with.
    bool replay(const QStringList &sourceKeys, const QList<const LedgerRow *> &entries,
                const QHash<QString, QList<CanonicalRecord>> &byKey)
    {
        if (entries.isEmpty())
            return true;
        ValidationCounts &c = m_r.counts[m_entity];
        auto replayed = m_replay.replay(m_entity, sourceKeys);
        if (!replayed)
            fail(replayed.error());
        for (const LedgerRow *l : entries) {
            const CanonicalRecord &targetRecord = byKey.constFind(l->targetKey)->first(); // found: checkChunk made sure
            const bool ledgerAgrees = matchesLedger(targetRecord, l->sha);
            const SourceReplay::Replayed r = replayed ? replayed->value(l->sourceKey) : SourceReplay::Replayed{};
            QList<CanonicalHash::FieldDiff> diffs;
            QString detail;
            bool compared = false; // the source was read and transformed again
            if (r.found && r.outcome.isRecord()) {
                const QVariantMap expected =
                    MigrationValidator::asWritten(m_o.targetAdapter, m_entity, r.outcome.record.toVariantMap());
                diffs = CanonicalHash::diff(m_entity, expected,
                                            MigrationValidator::asWritten(m_o.targetAdapter, m_entity, targetRecord.toVariantMap()),
                                            CanonicalHash::Keys::ExcludeOwn);
                compared = true;
            } else if (r.found) {
                detail = tr("The source record would now be quarantined: %1").arg(r.outcome.reason);
            } else if (replayed) {
                detail = tr("The source record no longer exists.");
            }
            // The source, transformed again, is the authority when it could be consulted; else the ledger.
            if (compared ? diffs.isEmpty() : (ledgerAgrees && detail.isEmpty())) {
                ++c.verified;
                continue;
            }
            ++c.mismatched;
            if (detail.isEmpty())
                detail = compared ? tr("The target record differs from the source record transformed again.")
                                  : tr("The target record's hash differs from the one the ledger recorded.");
            ValidationIssue i{ValidationIssue::Kind::Mismatch, m_entity, l->sourceKey, l->targetKey, detail, diffs};
            m_r.addIssue(std::move(i));
        }
        return replayed.ok();
    }

    // The ledger's hash is recordSha256() of the transformed record; a plain CanonicalHash of the
    // whole record (own key included) is accepted too, for a load path that hashes it that way.
    bool matchesLedger(const CanonicalRecord &target, const QByteArray &sha) const
    {
        return !sha.isEmpty() && (m_encoder->sha256(target) == sha || CanonicalHash::sha256(target) == sha);
    }

    void issue(ValidationIssue::Kind kind, const LedgerRow &l, const QString &detail)
    {
        m_r.addIssue(ValidationIssue{kind, m_entity, l.sourceKey, l.targetKey, detail, {}});
    }

    // Rows owned by the run's users (created or merged), written since the run began, under a key
    // the run's ledger does not know, whose content equals a record the run created, are
    // duplicates. Two identical source
    // records both migrated are two ledger keys, so they do not count. The database finds the
    // unknown rows (an anti-join against the ledger), so only those are read and hashed, and the
    // hashes meet the ledger's in one join.
    bool sweep()
    {
        if (!m_sweep)
            return true;
        const AdapterEntity &e = *m_o.targetAdapter.entity(m_entity);
        const AdapterFieldMapping &user = *e.mapping(QStringLiteral("user_key"));
        if (user.columns.size() != 1)
            return true;
        AdapterSql sql;
        Result<std::string> select = EntityKeyReader::selectFrom(sql, m_o.targetAdapter, m_entity);
        if (!select) {
            fail(select.error());
            return false;
        }
        const std::string run = sql.param(runText()), entity = sql.param(text(m_entity));
        const std::string userColumn = AdapterSql::column(user.columns.first());
        const std::string keyColumn = AdapterSql::column(e.key.first());
        const std::string userType = AdapterSql::cast(user.columns.first().typeSchema, user.columns.first().typeName);
        // Rows written before the run began cannot be its duplicates (a merged user's own history):
        // only rows whose inserting transaction came after the run's first one are looked at.
        auto started = m_stream.execParams("SELECT \"started_xid\" % 4294967296 FROM " + ledgerTable("runs")
                                               + " WHERE \"run_id\" = $1::uuid AND \"started_xid\" IS NOT NULL",
                                           {runText()});
        if (!started) {
            fail(started.error());
            return false;
        }
        std::string since;
        if (!started->empty() && started->rows[0][0])
            since = " AND ((" + PgSession::quoteIdent(e.alias.toStdString()) + ".xmin::text::bigint - "
                + sql.param(*started->rows[0][0]) + "::bigint + 4294967296) % 4294967296) < 2147483648";
        const std::string query = *select + " WHERE " + userColumn + " IN (SELECT (u.\"target_key\")" + userType + " FROM "
            + ledgerTable("ledger") + " u WHERE u.\"run_id\" = " + run + "::uuid AND u.\"entity\" = 'user'"
            + " AND u.\"outcome\" IN ('created', 'merged') AND u.\"target_key\" <> '')"
              " AND NOT EXISTS (SELECT 1 FROM " + ledgerTable("ledger") + " k WHERE k.\"run_id\" = " + run
            + "::uuid AND k.\"entity\" = " + entity + " AND k.\"target_key\" = (" + keyColumn + ")::text)" + since;
        if (auto made = m_lookup.exec(std::string("SET client_min_messages = warning; CREATE TEMP TABLE IF NOT EXISTS"
                                                  " \"zq_validate_unknown\" (\"key\" text COLLATE \"C\", \"sha\" bytea); TRUNCATE ")
                                      + kUnknownTable);
            !made) {
            fail(made.error());
            return false;
        }
        // A cursor keeps the read bounded however many unknown rows there are.
        if (DbError b = m_stream.begin(); b.isError()) {
            fail(b);
            return false;
        }
        // The whole result is read, so plan for all of it: a cursor is planned for its first tenth
        // by default, which made the anti-join a nested loop over the ledger.
        bool ok = m_stream.exec("SET LOCAL cursor_tuple_fraction = 1.0").ok()
            && m_stream.execParams("DECLARE \"zq_unknown\" NO SCROLL CURSOR FOR " + query, sql.takeParams()).ok();
        std::int64_t unknown = 0;
        while (ok) {
            std::string copy;
            int fetched = 0;
            auto page = m_stream.query("FETCH FORWARD " + std::to_string(kSweepFetch) + " FROM \"zq_unknown\"", {},
                                       [&](const PgSession::Rows &rows) {
                fetched = rows.count();
                for (const EntityKeyReader::KeyedRecord &r : EntityKeyReader::parseRows(rows, m_o.targetAdapter, m_entity)) {
                    PgSession::appendCopyText(copy, r.key.join(kSeparator).toStdString());
                    copy += "\t\\\\x";
                    copy += m_encoder->sha256(r.record).toHex().toStdString();
                    copy += '\n';
                }
            });
            if (!page) {
                fail(page.error());
                ok = false;
                break;
            }
            unknown += fetched;
            if (fetched > 0) {
                bool sent = false;
                auto copied = m_lookup.copyIn(std::string("COPY ") + kUnknownTable + " FROM STDIN", [&](std::string &chunk) {
                    if (!sent)
                        chunk.swap(copy);
                    sent = true;
                    return PgSession::Produce::Done;
                });
                if (!copied) {
                    fail(copied.error());
                    ok = false;
                }
            }
            if (fetched < kSweepFetch)
                break;
        }
        m_stream.rollback(); // closes the cursor; the read changed nothing
        if (!ok || unknown == 0)
            return ok;
        // Unknown rows with a created record's content.
        auto found = m_lookup.execParams(std::string("SELECT u.\"key\", min(l.\"source_key\") FROM ") + kUnknownTable + " u JOIN "
                                             + ledgerTable("ledger")
                                             + " l ON l.\"run_id\" = $1::uuid AND l.\"entity\" = $2 AND l.\"outcome\" = 'created'"
                                               " AND l.\"record_sha256\" = u.\"sha\" GROUP BY u.\"key\" ORDER BY 1",
                                         {runText(), text(m_entity)});
        if (!found) {
            fail(found.error());
            return false;
        }
        ValidationCounts &c = m_r.counts[m_entity];
        for (const auto &dup : found->rows) {
            ++c.duplicated;
            m_r.addIssue(ValidationIssue{ValidationIssue::Kind::Duplicate, m_entity, QString::fromStdString(dup[1].value_or("")),
                                         QString::fromStdString(dup[0].value_or("")),
                                         tr("A target record the ledger does not know has the same content as a migrated record."), {}});
        }
        return true;
    }

    const MigrationValidator::Options &m_o;
    ValidationResult &m_r;
    PgSession &m_stream;
    PgSession &m_lookup;
    SourceReplay m_replay;
    QString m_entity;
    std::unique_ptr<CanonicalHash::Encoder> m_encoder;
    QSet<QString> m_sharedTargetKey; // source keys of created entries whose target key is taken already
    bool m_sweep = false;
};


ValidationPass::ValidationPass(const MigrationValidator::Options &options, ValidationResult &result, PgSession &source,
                               pqxx::connection &target, PgSession &stream, PgSession &lookup)
    : m_impl(std::make_unique<Impl>(options, result, source, target, stream, lookup))
{
}

ValidationPass::~ValidationPass() = default;

bool ValidationPass::entity(const QString &entity, const MigrationValidator::ProgressCallback &progress,
                            const std::atomic<bool> *cancel)
{
    return m_impl->entity(entity, progress, cancel);
}
