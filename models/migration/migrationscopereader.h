#pragma once

#include "db/pgsession.h"
#include "db/result.h"
#include "migration/migrationplan.h"
#include "platform/adapter.h"
#include "platform/canonicalrecord.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <pqxx/connection>

#include <functional>

// Reads what a plan moves from the source: the users in scope (scope + consent rule) and, per
// entity, the records those users own, in source-key order and in batches. First version: owned
// records are found by reading the entity's pages through the adapter and keeping those whose
// user_key is in scope (the adapter has no filter yet), and the set of user keys in scope is held
// in memory (a few bytes per user).
class MigrationScopeReader
{
public:
    struct ScopedRecord
    {
        QString sourceKey;     // platform key values joined by U+001F (ledger source_key)
        CanonicalRecord record; // canonical source record
    };
    // Return false to stop reading. The callee may move the records out: the batch is cleared after.
    using BatchCallback = std::function<bool(QList<ScopedRecord> &batch)>;

    // Reads through libpq on `session`, without a QVariant per value.
    MigrationScopeReader(PgSession &session, const Adapter &source, const MigrationPlan &plan);
    // After the source connection was lost: read on from `session` (the scope stays as loaded).
    void setConnection(PgSession &session) { m_session = &session; }

    // Decides the users in scope; must be called first.
    DbError loadScope();
    const QSet<QString> &userKeys() const { return m_userKeys; }
    // Scope "all" with nobody left out: every record is in scope, and userKeys() is empty (the
    // reader does not hold every user's key when it need not).
    bool everything() const { return m_everything; }
    // Users the scope selects but who did not grant the migration consent (when required).
    const QStringList &withoutConsent() const { return m_withoutConsent; }
    // Keys a "users"/"user" scope lists that no source user has (sorted): nobody to move, but
    // said, since a listed key that names nobody is usually a mistake.
    const QStringList &notFound() const { return m_notFound; }

    // Records of `entity` owned by users in scope with a platform key after `after`, in batches of
    // at most `batchSize`. With the scope "all", records whose user no source user has (orphans)
    // are handed out too, so they are quarantined (orphan_user) instead of silently left behind. A read error (e.g. a lost connection) is returned; the batches handed
    // out before it stand, so a caller can continue after the last one it finished.
    DbError forEachBatch(const QString &entity, const QStringList &after, int batchSize, const BatchCallback &onBatch);
    // How many records forEachBatch(entity, {}) hands out, counted by the source database per
    // user (one row per user comes back, however many records there are).
    Result<qint64> count(const QString &entity);
    // Every record of an entity (items, target-side indexes); small entities only.
    static DbError readAll(pqxx::connection &conn, const Adapter &adapter, const QString &entity,
                           const std::function<void(const QVariantMap &)> &onRecord);

    static QString joinKey(const QStringList &parts);
    static QStringList splitKey(const QString &key);

private:
    bool userMatchesScope(const CanonicalRecord &user) const;
    DbError readAllRecords(const QString &entity, const std::function<void(const CanonicalRecord &)> &onRecord);

    PgSession *m_session;
    const Adapter &m_source;
    const MigrationPlan &m_plan;
    QSet<QString> m_userKeys;
    QSet<QString> m_sourceUsers; // every source user (scope "all": to tell orphans apart)
    bool m_everything = false;   // scope "all" and nobody left out: no record needs a look-up
    qint64 m_usersInScope = 0;
    QStringList m_withoutConsent;
    QStringList m_notFound;
};
