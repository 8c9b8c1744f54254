#include "migration/validationpass.h"

#include "migration/sourcereplay.h"
#include "migration/targetledger.h"
#include "platform/canonicalschema.h"
#include "platform/entitykeyreader.h"

#include "db/pgparam.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace {

// Joins the parts of a composite key in the ledger, as the load path does.
const QChar kSeparator(0x1f);

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

// The duplicate sweep's content index lives in a temporary table of the target session, not in
// memory, so validation's memory does not grow with the run: (content hash, source key, target key)
// of every created record's target row.
const char *const kShaTable = "pg_temp.\"zq_validate_shas\"";

std::string ledgerTable(const char *name)
{
    return PgSession::quoteIdent(TargetLedger::kSchema) + "." + PgSession::quoteIdent(name);
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

class ValidationPass::Impl
{
public:
    Impl(const MigrationValidator::Options &o, ValidationResult &r, pqxx::connection &src, pqxx::connection &tgt,
        PgSession &stream, PgSession &lookup)
        : m_o(o), m_r(r), m_src(src), m_tgt(tgt), m_stream(stream),
          m_replay(o.plan, o.sourceAdapter, o.targetAdapter, src, tgt, lookup, o.runId)
    {
    }

    bool entity(const QString &entity, const MigrationValidator::ProgressCallback &progress,
                const std::atomic<bool> *cancel)
    {
        m_entity = entity;
        m_users.clear();
        // The duplicate sweep (and the content index it needs) applies to entities owned by a
        // user through a reference, not through their own key.
        const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
        const AdapterEntity *target = m_o.targetAdapter.entity(entity);
        m_sweep = canonical && target && !canonical->keyFields.contains(QStringLiteral("user_key"))
            && target->mapping(QStringLiteral("user_key"));
        if (!findSharedTargetKeys())
            return false;
        if (m_sweep
            && !targetExec(std::string("CREATE TEMP TABLE IF NOT EXISTS \"zq_validate_shas\" (\"sha\" text, \"source_key\" text,"
                                       " \"target_key\" text); CREATE INDEX IF NOT EXISTS \"zq_validate_shas_sha\" ON ")
                               + kShaTable + " (\"sha\"); TRUNCATE " + kShaTable, {}))
            return false;
        ValidationCounts &c = m_r.counts[entity];
        qint64 done = 0;
        std::vector<LedgerRow> chunk;
        bool ok = true;
        auto flush = [&] {
            ok = checkChunk(chunk) && ok;
            done += qint64(chunk.size());
            chunk.clear();
            if (progress)
                progress({entity, done, c.migrated + c.merged + c.skipped});
            return !(cancel && cancel->load());
        };
        auto streamed = m_stream.streamQuery(
            "SELECT \"source_key\", \"target_key\", \"outcome\", encode(\"record_sha256\", 'hex') FROM " + ledgerTable("ledger")
                + " WHERE \"run_id\" = $1 AND \"entity\" = $2 ORDER BY \"source_key\"",
            {text(m_o.runId.toString(QUuid::WithoutBraces)), text(entity)}, [&](const PgSession::Row &row) {
                LedgerRow l{QString::fromStdString(std::string(row.view(0))), QString::fromStdString(std::string(row.view(1))),
                            QString::fromStdString(std::string(row.view(2))),
                            QByteArray::fromHex(QByteArray(row.view(3).data(), int(row.view(3).size())))};
                chunk.push_back(std::move(l));
                return chunk.size() < std::size_t(EntityKeyReader::kBatchKeys) || flush();
            });
        if (!streamed) {
            m_r.errors << streamed.error().message;
            return false;
        }
        if (!chunk.empty())
            flush();
        if (cancel && cancel->load()) {
            m_r.cancelled = true;
            return false;
        }
        return sweep() && ok;
    }

private:
    void fail(const DbError &e) { m_r.errors << m_entity + QStringLiteral(": ") + e.message; }

    // A statement on the target connection outside any transaction; rows as text.
    std::optional<pqxx::result> targetExec(const std::string &sql, const PgParams &params)
    {
        try {
            pqxx::nontransaction tx(m_tgt);
            if (params.empty())
                return tx.exec(sql); // may be several statements
            return PgParam::exec(tx, sql, params);
        } catch (const std::exception &e) {
            fail(DbError::fromException(e));
            return std::nullopt;
        }
    }

    // Created ledger entries whose target key an earlier entry (in source-key order) already
    // names: the database sorts, so memory does not grow with the run.
    bool findSharedTargetKeys()
    {
        m_sharedTargetKey.clear();
        auto rows = targetExec("SELECT \"source_key\" FROM (SELECT \"source_key\", \"outcome\", row_number() OVER"
                               " (PARTITION BY \"target_key\" ORDER BY \"source_key\") AS \"n\" FROM " + ledgerTable("ledger")
                                   + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"outcome\" <> 'skipped'"
                                     " AND \"target_key\" IS NOT NULL AND \"target_key\" <> '') d"
                                     " WHERE \"n\" > 1 AND \"outcome\" = 'created'",
                               {text(m_o.runId.toString(QUuid::WithoutBraces)), text(m_entity)});
        if (!rows)
            return false;
        for (const pqxx::row &row : *rows)
            m_sharedTargetKey.insert(QString::fromUtf8(row[0].c_str()));
        return true;
    }

    // Target records of a chunk by target key. A single-column key is read by its values. A
    // composite key (progress, consent) is the canonical key fields joined by U+001F, which may
    // be value-mapped on the platform (consent purpose), so those records are read by user and
    // matched on their canonical key.
    bool readTargets(const std::vector<LedgerRow> &chunk, QHash<QString, QList<QVariantMap>> &byKey)
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
        if (e.key.size() == 1) {
            auto rows = EntityKeyReader::readByKeys(m_tgt, m_o.targetAdapter, m_entity, keys);
            if (!rows) {
                fail(rows.error());
                return false;
            }
            for (const auto &r : *rows)
                byKey[r.key.value(0)].append(r.record);
            return true;
        }
        if (keyFields.value(0) != QLatin1String("user_key")) {
            m_r.errors << tr("Records of %1 cannot be read back by key.").arg(m_entity);
            return false;
        }
        users.removeDuplicates();
        QStringList after;
        for (;;) {
            auto page = EntityKeyReader::readWhereFieldIn(m_tgt, m_o.targetAdapter, m_entity, QStringLiteral("user_key"),
                                                          users, 5000, after);
            if (!page) {
                fail(page.error());
                return false;
            }
            for (const auto &r : *page) {
                QStringList parts;
                for (const QString &f : keyFields)
                    parts << r.record.value(f).toString();
                byKey[parts.join(kSeparator)].append(r.record);
            }
            if (page->size() < 5000)
                return true;
            after = page->last().key;
        }
    }

    bool checkChunk(const std::vector<LedgerRow> &chunk)
    {
        ValidationCounts &c = m_r.counts[m_entity];
        QHash<QString, QList<QVariantMap>> byKey;
        if (!readTargets(chunk, byKey))
            return false;
        QStringList replayKeys;
        QList<const LedgerRow *> mismatched;
        QStringList shas, shaSources, shaTargets;
        for (const LedgerRow &l : chunk) {
            if (l.outcome == QLatin1String("skipped") || l.targetKey.isEmpty())
                continue;
            if (l.outcome == QLatin1String("created") && m_sharedTargetKey.contains(l.sourceKey)) {
                ++c.duplicated;
                issue(ValidationIssue::Kind::Duplicate, l, tr("Another ledger entry of this run has the same target key."));
            }
            const QList<QVariantMap> found = byKey.value(l.targetKey);
            if (found.isEmpty()) {
                ++c.missing;
                issue(ValidationIssue::Kind::Missing, l, tr("No target record has this key."));
                continue;
            }
            if (found.size() > 1) {
                c.duplicated += found.size() - 1;
                issue(ValidationIssue::Kind::Duplicate, l, tr("%1 target records have this key.").arg(found.size()));
            }
            const QVariantMap &target = found.first();
            const QString user = target.value(QStringLiteral("user_key")).toString();
            if (!user.isEmpty())
                m_users.insert(user);
            if (l.outcome == QLatin1String("merged")) {
                ++c.verified; // a merge keeps the target's own record: presence is the check
                continue;
            }
            // The sweep's content index comes from the target rows themselves, so it does not depend
            // on how the ledger's hash was made.
            if (m_sweep) {
                shas.append(QString::fromLatin1(MigrationValidator::recordSha256(m_o.targetAdapter, m_entity, target).toHex()));
                shaSources.append(l.sourceKey);
                shaTargets.append(l.targetKey);
            }
            if (matchesLedger(target, l.sha) && !m_o.full) {
                ++c.verified;
                continue;
            }
            replayKeys.append(l.sourceKey);
            mismatched.append(&l);
        }
        if (!shas.isEmpty()
            && !targetExec(std::string("INSERT INTO ") + kShaTable
                               + " SELECT * FROM unnest($1::text[], $2::text[], $3::text[])",
                           {PgParam::textArray(shas), PgParam::textArray(shaSources), PgParam::textArray(shaTargets)}))
            return false;
        return replay(replayKeys, mismatched, byKey);
    }

    // Re-reads and re-transforms the source of the given entries: field differences for
    // mismatches, and in a full check a second comparison for records the ledger agrees with.
    bool replay(const QStringList &sourceKeys, const QList<const LedgerRow *> &entries,
                const QHash<QString, QList<QVariantMap>> &byKey)
    {
        ValidationCounts &c = m_r.counts[m_entity];
        auto replayed = m_replay.replay(m_entity, sourceKeys);
        if (!replayed)
            fail(replayed.error());
        for (const LedgerRow *l : entries) {
            const QVariantMap target = byKey.value(l->targetKey).first();
            const bool ledgerAgrees = matchesLedger(target, l->sha);
            const SourceReplay::Replayed r = replayed ? replayed->value(l->sourceKey) : SourceReplay::Replayed{};
            QList<CanonicalHash::FieldDiff> diffs;
            QString detail;
            bool compared = false; // the source was read and transformed again
            if (r.found && r.outcome.isRecord()) {
                const QVariantMap expected = MigrationValidator::asWritten(m_o.targetAdapter, m_entity, r.outcome.record.toVariantMap());
                diffs = CanonicalHash::diff(m_entity, expected,
                                            MigrationValidator::asWritten(m_o.targetAdapter, m_entity, target),
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
    bool matchesLedger(const QVariantMap &target, const QByteArray &sha) const
    {
        return !sha.isEmpty()
            && (MigrationValidator::recordSha256(m_o.targetAdapter, m_entity, target) == sha
                || CanonicalHash::sha256(m_entity, target) == sha);
    }

    void issue(ValidationIssue::Kind kind, const LedgerRow &l, const QString &detail)
    {
        m_r.addIssue(ValidationIssue{kind, m_entity, l.sourceKey, l.targetKey, detail, {}});
    }

    // Rows owned by the run's users that carry a migrated record's content under a key the
    // ledger does not know are duplicates (two identical source records both migrated are two
    // ledger keys, so they do not count).
    bool sweep()
    {
        if (!m_sweep || m_users.isEmpty())
            return true;
        ValidationCounts &c = m_r.counts[m_entity];
        // With statistics the planner probes the index per page instead of hashing the table.
        if (!targetExec(std::string("ANALYZE ") + kShaTable, {}))
            return false;
        QStringList users(m_users.begin(), m_users.end());
        users.sort();
        for (int start = 0; start < users.size(); start += EntityKeyReader::kBatchKeys) {
            const QStringList part = users.mid(start, EntityKeyReader::kBatchKeys);
            QStringList after;
            for (;;) {
                auto page = EntityKeyReader::readWhereFieldIn(m_tgt, m_o.targetAdapter, m_entity, QStringLiteral("user_key"),
                                                              part, 5000, after);
                if (!page) {
                    fail(page.error());
                    return false;
                }
                QStringList keys, shas;
                for (const auto &row : *page) {
                    keys.append(row.key.join(kSeparator));
                    shas.append(QString::fromLatin1(MigrationValidator::recordSha256(m_o.targetAdapter, m_entity, row.record).toHex()));
                }
                // Rows with a created record's content under a key no entry of that content has.
                auto found = targetExec(std::string("SELECT p.\"key\", min(s.\"source_key\") FROM unnest($1::text[], $2::text[])"
                                                    " AS p(\"key\", \"sha\") JOIN ") + kShaTable
                                            + " s ON s.\"sha\" = p.\"sha\" GROUP BY p.\"key\""
                                              " HAVING bool_and(s.\"target_key\" <> p.\"key\") ORDER BY 1",
                                        {PgParam::textArray(keys), PgParam::textArray(shas)});
                if (!found)
                    return false;
                for (const pqxx::row &dup : *found) {
                    ++c.duplicated;
                    m_r.addIssue(ValidationIssue{ValidationIssue::Kind::Duplicate, m_entity, QString::fromUtf8(dup[1].c_str()),
                                                 QString::fromUtf8(dup[0].c_str()),
                                                 tr("A target record the ledger does not know has the same content as a migrated record."), {}});
                }
                if (page->size() < 5000)
                    break;
                after = page->last().key;
            }
        }
        return true;
    }

    const MigrationValidator::Options &m_o;
    ValidationResult &m_r;
    pqxx::connection &m_src;
    pqxx::connection &m_tgt;
    PgSession &m_stream;
    SourceReplay m_replay;
    QString m_entity;
    QSet<QString> m_sharedTargetKey; // source keys of created entries whose target key is taken already
    QSet<QString> m_users;
    bool m_sweep = false;
};


ValidationPass::ValidationPass(const MigrationValidator::Options &options, ValidationResult &result,
                               pqxx::connection &source, pqxx::connection &target, PgSession &stream, PgSession &lookup)
    : m_impl(std::make_unique<Impl>(options, result, source, target, stream, lookup))
{
}

ValidationPass::~ValidationPass() = default;

bool ValidationPass::entity(const QString &entity, const MigrationValidator::ProgressCallback &progress,
                            const std::atomic<bool> *cancel)
{
    return m_impl->entity(entity, progress, cancel);
}
