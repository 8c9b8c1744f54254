#include "migration/migrationscopereader.h"

#include "db/pgparam.h"
#include "platform/adaptersql.h"
#include "platform/canonicalschema.h"
#include "platform/entityreader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <pqxx/result>
#include <pqxx/transaction>

namespace {
constexpr int kReadPage = 2000;
const QChar kKeySeparator(0x1F); // unit separator: never in a key the plan or an adapter accepts

QString tr(const char *text)
{
    return QCoreApplication::translate("MigrationScopeReader", text);
}

DbError error(const QString &message)
{
    DbError e;
    e.kind = DbError::Kind::Other;
    e.message = message;
    return e;
}
} // namespace

MigrationScopeReader::MigrationScopeReader(pqxx::connection &conn, const Adapter &source, const MigrationPlan &plan)
    : m_conn(&conn), m_source(source), m_plan(plan)
{
}

QString MigrationScopeReader::joinKey(const QStringList &parts)
{
    return parts.join(kKeySeparator);
}

QStringList MigrationScopeReader::splitKey(const QString &key)
{
    return key.split(kKeySeparator);
}

DbError MigrationScopeReader::readAll(pqxx::connection &conn, const Adapter &adapter, const QString &entity,
                                      const std::function<void(const QVariantMap &)> &onRecord)
{
    QStringList after;
    for (;;) {
        auto page = EntityReader::read(conn, adapter, entity, kReadPage, after);
        if (!page)
            return page.error();
        for (const QVariantMap &r : page->records)
            onRecord(r);
        if (page->records.size() < kReadPage)
            return {};
        after = page->lastKey;
    }
}

bool MigrationScopeReader::userMatchesScope(const QVariantMap &user) const
{
    const PlanScope &s = m_plan.scope;
    const QString key = user.value(QStringLiteral("user_key")).toString();
    switch (s.kind) {
    case PlanScope::Kind::All:
        return true;
    case PlanScope::Kind::Users:
    case PlanScope::Kind::User:
        return s.userKeys.contains(key);
    case PlanScope::Kind::Filter: {
        const QDateTime at = user.value(QStringLiteral("registered_at")).toDateTime();
        if (s.registeredFrom && (!at.isValid() || at < *s.registeredFrom))
            return false;
        if (s.registeredTo && (!at.isValid() || at >= *s.registeredTo))
            return false;
        if (!s.channels.isEmpty() && !s.channels.contains(user.value(QStringLiteral("channel")).toString()))
            return false;
        return true; // consent purpose: applied in loadScope
    }
    }
    return false;
}

DbError MigrationScopeReader::loadScope()
{
    m_userKeys.clear();
    m_sourceUsers.clear();
    m_withoutConsent.clear();
    m_notFound.clear();
    if (!m_plan.scope.categories.isEmpty())
        return error(tr("Scope by category is not supported by this version of the migration engine."));
    // Consent first: granted purposes per user (the scope's purpose and/or "migration").
    QSet<QString> migrationConsent, purposeConsent;
    const QString purpose = m_plan.scope.kind == PlanScope::Kind::Filter ? m_plan.scope.consentPurpose : QString();
    if (m_plan.requireMigrationConsent || !purpose.isEmpty()) {
        if (!m_source.entity(QStringLiteral("consent")))
            return error(tr("The source platform has no consent records, but the plan needs them."));
        DbError e = readAll(*m_conn, m_source, QStringLiteral("consent"), [&](const QVariantMap &c) {
            if (!c.value(QStringLiteral("granted")).toBool())
                return;
            const QString p = c.value(QStringLiteral("purpose")).toString();
            const QString user = c.value(QStringLiteral("user_key")).toString();
            if (p == QLatin1String("migration"))
                migrationConsent.insert(user);
            if (p == purpose)
                purposeConsent.insert(user);
        });
        if (e.isError())
            return e;
    }
    QSet<QString> listed(m_plan.scope.userKeys.cbegin(), m_plan.scope.userKeys.cend());
    DbError e = readAll(*m_conn, m_source, QStringLiteral("user"), [&](const QVariantMap &u) {
        const QString key = u.value(QStringLiteral("user_key")).toString();
        listed.remove(key);
        if (m_plan.scope.kind == PlanScope::Kind::All)
            m_sourceUsers.insert(key);
        if (!userMatchesScope(u) || (!purpose.isEmpty() && !purposeConsent.contains(key)))
            return;
        if (m_plan.requireMigrationConsent && !migrationConsent.contains(key)) {
            m_withoutConsent.append(key);
            return;
        }
        m_userKeys.insert(key);
    });
    m_notFound = QStringList(listed.cbegin(), listed.cend());
    m_notFound.sort();
    return e;
}

Result<qint64> MigrationScopeReader::count(const QString &entity)
{
    if (entity == QLatin1String("user"))
        return qint64(m_userKeys.size());
    const AdapterEntity *e = m_source.entity(entity);
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
    const AdapterFieldMapping *user = e ? e->mapping(QStringLiteral("user_key")) : nullptr;
    const CanonicalField *field = canonical ? canonical->field(QStringLiteral("user_key")) : nullptr;
    if (!user || !field)
        return error(tr("Records of %1 on the source do not say which user they belong to.").arg(entity));
    AdapterSql sql;
    const std::string statement = "SELECT " + sql.readExpression(*user, *field) + ", count(*)" + AdapterSql::from(m_source, *e)
        + " GROUP BY 1";
    try {
        pqxx::read_transaction tx(*m_conn);
        const pqxx::result rows = PgParam::exec(tx, statement, sql.takeParams());
        qint64 n = 0;
        for (const pqxx::row &row : rows) {
            const QString key = row[0].is_null() ? QString() : QString::fromUtf8(row[0].c_str());
            const bool orphan = m_plan.scope.kind == PlanScope::Kind::All && !m_sourceUsers.contains(key);
            if (orphan || m_userKeys.contains(key))
                n += row[1].as<qint64>();
        }
        return n;
    } catch (const std::exception &ex) {
        return DbError::fromException(ex);
    }
}

DbError MigrationScopeReader::forEachBatch(const QString &entity, const QStringList &after, int batchSize,
                                           const BatchCallback &onBatch)
{
    QStringList cursor = after;
    QList<ScopedRecord> batch;
    for (;;) {
        auto page = EntityReader::read(*m_conn, m_source, entity, kReadPage, cursor);
        if (!page)
            return page.error();
        for (qsizetype i = 0; i < page->records.size(); ++i) {
            const QVariantMap &r = page->records.at(i);
            const QString user = r.value(QStringLiteral("user_key")).toString();
            const bool orphan = m_plan.scope.kind == PlanScope::Kind::All && entity != QLatin1String("user")
                && !m_sourceUsers.contains(user);
            if (!orphan && !m_userKeys.contains(user))
                continue;
            batch.append(ScopedRecord{joinKey(page->keys.at(i)), page->keys.at(i), r});
            if (batch.size() >= batchSize) {
                if (!onBatch(batch))
                    return {};
                batch.clear();
            }
        }
        if (page->records.size() < kReadPage)
            break;
        cursor = page->lastKey;
    }
    if (!batch.isEmpty())
        onBatch(batch);
    return {};
}
