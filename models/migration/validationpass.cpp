#include "migration/validationpass.h"

#include "core/stringhash.h"
#include "db/pgparam.h"
#include "migration/sourcereplay.h"
#include "migration/targetledger.h"
#include "migration/targetrecordkeys.h"
#include "platform/canonicalschema.h"
#include "platform/entitykeyreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>
#include <future>

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
    std::string sourceKey;
    std::string targetKey;
    char outcome = 'c';                   // created, merged, skipped
    std::array<unsigned char, 32> sha{};  // raw
    bool hasSha = false;

    QString source() const { return QString::fromStdString(sourceKey); }
    QString target() const { return QString::fromStdString(targetKey); }
};

using TargetRecords = StringMap<std::vector<CanonicalRecord>>;

int hexDigit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// bytea in text form ("\x0a1b…", 32 bytes) into `out`.
bool sha256Value(std::string_view hex, std::array<unsigned char, 32> &out)
{
    if (hex.size() != 66 || hex.substr(0, 2) != "\\x")
        return false;
    for (std::size_t i = 0; i < 32; ++i) {
        const int hi = hexDigit(hex[2 + 2 * i]), lo = hexDigit(hex[3 + 2 * i]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return true;
}

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

} // namespace

class ValidationPass::Impl
{
public:
    Impl(const MigrationValidator::Options &o, ValidationResult &r, PgSession &src, pqxx::connection &tgt,
         PgSession &stream, PgSession &lookup, PgSession &read)
        : m_o(o), m_r(r), m_stream(stream), m_lookup(lookup), m_read(read),
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
        // records read back by key in one statement; the next batch is read on the read session
        // while this one is hashed and compared.
        std::vector<std::string> batchNumbers;
        for (const auto &row : batches->rows)
            batchNumbers.push_back(row[0].value_or("0"));
        std::future<Chunk> next;
        if (!batchNumbers.empty())
            next = std::async(std::launch::async, [this, n = batchNumbers.front()] { return fetch(n); });
        for (std::size_t b = 0; b < batchNumbers.size(); ++b) {
            Chunk chunk = next.get();
            if (b + 1 < batchNumbers.size())
                next = std::async(std::launch::async, [this, n = batchNumbers[b + 1]] { return fetch(n); });
            if (chunk.error.isError()) {
                fail(chunk.error);
                return false; // `next` is waited for by its destructor
            }
            ok = checkChunk(chunk) && ok;
            done += qint64(chunk.ledger.size());
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
            m_sharedTargetKey.insert(row[0].value_or(std::string()));
        return true;
    }

    // One batch's ledger rows and the target records they name (the read session's work).
    struct Chunk
    {
        std::vector<LedgerRow> ledger;
        TargetRecords byKey;
        DbError error;
    };

    Chunk fetch(const std::string &batchNo)
    {
        Chunk chunk;
        auto read = m_read.query("SELECT \"source_key\", \"target_key\", \"outcome\", \"record_sha256\" FROM "
                                     + ledgerTable("ledger") + " WHERE \"run_id\" = $1::uuid AND \"entity\" = $2 AND \"batch_no\" = $3::int",
                                 {runText(), text(m_entity), batchNo}, [&](const PgSession::Rows &rows) {
            chunk.ledger.reserve(std::size_t(rows.count()));
            for (int i = 0; i < rows.count(); ++i) {
                LedgerRow l;
                l.sourceKey = rows.view(i, 0);
                l.targetKey = rows.view(i, 1);
                l.outcome = rows.view(i, 2).empty() ? 'c' : rows.view(i, 2).front();
                l.hasSha = sha256Value(rows.view(i, 3), l.sha);
                chunk.ledger.push_back(std::move(l));
            }
        });
        if (!read)
            chunk.error = read.error();
        else
            chunk.error = readTargets(chunk.ledger, chunk.byKey);
        return chunk;
    }

    // Target records of a chunk by target key. A single-column key is read by its values. A
    // composite key (progress, consent) is the canonical key fields joined by U+001F, which may
    // be value-mapped on the platform (consent purpose), so those records are read by user and
    // matched on their canonical key. On the read session (fetch's thread): errors are returned.
    DbError readTargets(const std::vector<LedgerRow> &chunk, TargetRecords &byKey)
    {
        const AdapterEntity &e = *m_o.targetAdapter.entity(m_entity);
        const QStringList keyFields = CanonicalSchema::entity(m_entity)->keyFields;
        std::vector<std::string> keys;
        QStringList users;
        for (const LedgerRow &l : chunk)
            if (!l.targetKey.empty() && l.outcome != 's')
                keys.push_back(l.targetKey);
        if (keys.empty())
            return {};
        if (e.key.size() == 1) {
            auto read = EntityKeyReader::readByKeyValues(m_read, m_o.targetAdapter, m_entity, keys,
                                                         [&](std::string_view key, CanonicalRecord &&record) {
                auto it = byKey.find(key);
                if (it == byKey.end())
                    it = byKey.emplace(std::string(key), std::vector<CanonicalRecord>()).first;
                it->second.push_back(std::move(record));
            });
            return read ? DbError{} : read.error();
        }
        for (const std::string &k : keys)
            users.append(QString::fromStdString(k.substr(0, k.find('\x1f'))));
        if (keyFields.value(0) != QLatin1String("user_key"))
            return DbError::make(DbError::Kind::Other, tr("Records of %1 cannot be read back by key.").arg(m_entity));
        users.removeDuplicates();
        QStringList after;
        for (;;) {
            auto page = EntityKeyReader::readWhereFieldIn(m_read, m_o.targetAdapter, m_entity, QStringLiteral("user_key"),
                                                          users, kSweepFetch, after);
            if (!page)
                return page.error();
            for (auto &r : *page)
                byKey[TargetRecordKeys::compositeKey(r.record).toStdString()].push_back(std::move(r.record));
            if (page->size() < kSweepFetch)
                return {};
            after = page->last().key;
        }
    }

    bool checkChunk(const Chunk &chunk)
    {
        ValidationCounts &c = m_r.counts[m_entity];
        const TargetRecords &byKey = chunk.byKey;
        QStringList replayKeys;
        QList<const LedgerRow *> mismatched;
        for (const LedgerRow &l : chunk.ledger) {
            if (l.outcome == 's' || l.targetKey.empty())
                continue;
            if (l.outcome == 'c' && m_sharedTargetKey.count(l.sourceKey)) {
                ++c.duplicated;
                issue(ValidationIssue::Kind::Duplicate, l, tr("Another ledger entry of this run has the same target key."));
            }
            const auto found = byKey.find(l.targetKey);
            if (found == byKey.end() || found->second.empty()) {
                ++c.missing;
                issue(ValidationIssue::Kind::Missing, l, tr("No target record has this key."));
                continue;
            }
            if (found->second.size() > 1) {
                c.duplicated += qint64(found->second.size()) - 1;
                issue(ValidationIssue::Kind::Duplicate, l, tr("%1 target records have this key.").arg(found->second.size()));
            }
            if (l.outcome == 'm') {
                ++c.verified; // a merge keeps the target's own record: presence is the check
                continue;
            }
            if (matchesLedger(found->second.front(), l) && !m_o.full) {
                ++c.verified;
                continue;
            }
            replayKeys.append(l.source());
            mismatched.append(&l);
        }
        return replay(replayKeys, mismatched, byKey);
    }

    // Re-reads and re-transforms the source of the given entries: field differences for
    // mismatches, and in a full check a second comparison for records the ledger agrees with.
    bool replay(const QStringList &sourceKeys, const QList<const LedgerRow *> &entries, const TargetRecords &byKey)
    {
        if (entries.isEmpty())
            return true;
        ValidationCounts &c = m_r.counts[m_entity];
        auto replayed = m_replay.replay(m_entity, sourceKeys);
        if (!replayed)
            fail(replayed.error());
        for (const LedgerRow *l : entries) {
            const CanonicalRecord &targetRecord = byKey.find(l->targetKey)->second.front(); // found: checkChunk made sure
            const bool ledgerAgrees = matchesLedger(targetRecord, *l);
            const SourceReplay::Replayed r = replayed ? replayed->value(l->source()) : SourceReplay::Replayed{};
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
            ValidationIssue i{ValidationIssue::Kind::Mismatch, m_entity, l->source(), l->target(), detail, diffs};
            m_r.addIssue(std::move(i));
        }
        return replayed.ok();
    }

    // The ledger's hash is recordSha256() of the transformed record; a plain CanonicalHash of the
    // whole record (own key included) is accepted too, for a load path that hashes it that way.
    bool matchesLedger(const CanonicalRecord &target, const LedgerRow &l) const
    {
        if (!l.hasSha)
            return false;
        std::array<unsigned char, 32> digest{};
        if (m_encoder->sha256(target, digest.data()) && digest == l.sha)
            return true;
        const QByteArray plain = CanonicalHash::sha256(target);
        return plain.size() == 32 && std::equal(l.sha.begin(), l.sha.end(), reinterpret_cast<const unsigned char *>(plain.constData()));
    }

    void issue(ValidationIssue::Kind kind, const LedgerRow &l, const QString &detail)
    {
        m_r.addIssue(ValidationIssue{kind, m_entity, l.source(), l.target(), detail, {}});
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
    PgSession &m_read; // only fetch() uses it, on its own thread
    SourceReplay m_replay;
    QString m_entity;
    std::unique_ptr<CanonicalHash::Encoder> m_encoder;
    StringSet m_sharedTargetKey; // source keys of created entries whose target key is taken already
    bool m_sweep = false;
};


ValidationPass::ValidationPass(const MigrationValidator::Options &options, ValidationResult &result, PgSession &source,
                               pqxx::connection &target, PgSession &stream, PgSession &lookup, PgSession &read)
    : m_impl(std::make_unique<Impl>(options, result, source, target, stream, lookup, read))
{
}

ValidationPass::~ValidationPass() = default;

bool ValidationPass::entity(const QString &entity, const MigrationValidator::ProgressCallback &progress,
                            const std::atomic<bool> *cancel)
{
    return m_impl->entity(entity, progress, cancel);
}
