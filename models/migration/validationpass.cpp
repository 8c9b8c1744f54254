#include "migration/validationpass.h"

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

// Per entity: what the duplicate sweep needs about migrated content.
struct ShaInfo
{
    QString sourceKey;
    QSet<QString> targetKeys; // ledger target keys with this content
};

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
        m_shas.clear();
        m_seenTargetKeys.clear();
        m_users.clear();
        // The duplicate sweep (and the content index it needs) applies to entities owned by a
        // user through a reference, not through their own key.
        const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
        const AdapterEntity *target = m_o.targetAdapter.entity(entity);
        m_sweep = canonical && target && !canonical->keyFields.contains(QStringLiteral("user_key"))
            && target->mapping(QStringLiteral("user_key"));
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
        for (const LedgerRow &l : chunk) {
            if (l.outcome == QLatin1String("skipped") || l.targetKey.isEmpty())
                continue;
            if (m_seenTargetKeys.contains(l.targetKey) && l.outcome == QLatin1String("created")) {
                ++c.duplicated;
                issue(ValidationIssue::Kind::Duplicate, l, tr("Another ledger entry of this run has the same target key."));
            }
            m_seenTargetKeys.insert(l.targetKey);
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
                ShaInfo &info = m_shas[MigrationValidator::recordSha256(m_o.targetAdapter, m_entity, target)];
                info.sourceKey = l.sourceKey;
                info.targetKeys.insert(l.targetKey);
            }
            if (matchesLedger(target, l.sha) && !m_o.full) {
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
                const QVariantMap expected = MigrationValidator::asWritten(m_o.targetAdapter, m_entity, r.outcome.record);
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
                for (const auto &row : *page) {
                    auto it = m_shas.find(MigrationValidator::recordSha256(m_o.targetAdapter, m_entity, row.record));
                    if (it == m_shas.end() || it->targetKeys.contains(row.key.join(kSeparator)))
                        continue;
                    ++c.duplicated;
                    m_r.addIssue(ValidationIssue{ValidationIssue::Kind::Duplicate, m_entity, it->sourceKey,
                                                 row.key.join(kSeparator),
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
    QHash<QByteArray, ShaInfo> m_shas;
    QSet<QString> m_seenTargetKeys;
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
