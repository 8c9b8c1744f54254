#include "migration/migrationscopereader.h"

#include "db/pgparam.h"
#include "platform/adaptersql.h"
#include "platform/canonicalschema.h"
#include "platform/canonicaltext.h"
#include "platform/entityreader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

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

MigrationScopeReader::MigrationScopeReader(PgSession &session, const Adapter &source, const MigrationPlan &plan)
    : m_session(&session), m_source(source), m_plan(plan)
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

DbError MigrationScopeReader::readAllRecords(const QString &entity, const std::function<void(const CanonicalRecord &)> &onRecord)
{
    QStringList after;
    for (;;) {
        QStringList last;
        auto page = EntityReader::readRecords(*m_session, m_source, entity, kReadPage, after,
                                              [&](std::vector<std::string> &&key, CanonicalRecord &&record) {
            onRecord(record);
            last.clear();
            for (const std::string &k : key)
                last.append(QString::fromStdString(k));
        });
        if (!page)
            return page.error();
        if (*page < kReadPage)
            return {};
        after = last;
    }
}

bool MigrationScopeReader::userMatchesScope(const CanonicalRecord &user) const
{
    const PlanScope &s = m_plan.scope;
    const QString key = user.value(QStringLiteral("user_key")).toQString();
    switch (s.kind) {
    case PlanScope::Kind::All:
        return true;
    case PlanScope::Kind::Users:
    case PlanScope::Kind::User:
        return s.userKeys.contains(key);
    case PlanScope::Kind::Filter: {
        const QDateTime at = user.value(QStringLiteral("registered_at")).toVariant().toDateTime();
        if (s.registeredFrom && (!at.isValid() || at < *s.registeredFrom))
            return false;
        if (s.registeredTo && (!at.isValid() || at >= *s.registeredTo))
            return false;
        if (!s.channels.isEmpty() && !s.channels.contains(user.value(QStringLiteral("channel")).toQString()))
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
        DbError e = readAllRecords(QStringLiteral("consent"), [&](const CanonicalRecord &c) {
            const CanonicalValue &granted = c.value(QStringLiteral("granted"));
            if (!(granted.kind == CanonicalValue::Kind::Boolean ? granted.boolean() : granted.toVariant().toBool()))
                return;
            const QString p = c.value(QStringLiteral("purpose")).toQString();
            const QString user = c.value(QStringLiteral("user_key")).toQString();
            if (p == QLatin1String("migration"))
                migrationConsent.insert(user);
            if (p == purpose)
                purposeConsent.insert(user);
        });
        if (e.isError())
            return e;
    }
    QSet<QString> listed(m_plan.scope.userKeys.cbegin(), m_plan.scope.userKeys.cend());
    DbError e = readAllRecords(QStringLiteral("user"), [&](const CanonicalRecord &u) {
        const QString key = u.value(QStringLiteral("user_key")).toQString();
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
    m_everything = m_plan.scope.kind == PlanScope::Kind::All && m_withoutConsent.isEmpty();
    m_usersInScope = m_userKeys.size();
    if (m_everything) { // every record is in scope: nothing to tell apart, no key to keep
        m_sourceUsers.clear();
        m_userKeys.clear();
    }
    return e;
}

Result<qint64> MigrationScopeReader::count(const QString &entity)
{
    if (entity == QLatin1String("user"))
        return m_usersInScope;
    const AdapterEntity *e = m_source.entity(entity);
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
    const AdapterFieldMapping *user = e ? e->mapping(QStringLiteral("user_key")) : nullptr;
    const CanonicalField *field = canonical ? canonical->field(QStringLiteral("user_key")) : nullptr;
    if (!user || !field)
        return error(tr("Records of %1 on the source do not say which user they belong to.").arg(entity));
    AdapterSql sql;
    const std::string statement = "SELECT " + sql.readExpression(*user, *field) + ", count(*)" + AdapterSql::from(m_source, *e)
        + " GROUP BY 1";
    qint64 n = 0;
    auto done = m_session->query(statement, sql.takeParams(), [&](const PgSession::Rows &rows) {
        for (int r = 0; r < rows.count(); ++r) {
            const QString key = rows.isNull(r, 0) ? QString() : QString::fromUtf8(rows.view(r, 0).data(), qsizetype(rows.view(r, 0).size()));
            const bool orphan = m_plan.scope.kind == PlanScope::Kind::All && !m_sourceUsers.contains(key);
            if (m_everything || orphan || m_userKeys.contains(key))
                n += CanonicalText::parseInt64(rows.view(r, 1)).value_or(0);
        }
    });
    if (!done)
        return done.error();
    return n;
}

DbError MigrationScopeReader::forEachBatch(const QString &entity, const QStringList &after, int batchSize,
                                           const BatchCallback &onBatch)
{
    const CanonicalEntity *canonical = CanonicalSchema::entity(entity);
    const int userField = canonical ? canonical->indexOf(QStringLiteral("user_key")) : -1;
    const bool isUser = entity == QLatin1String("user");
    const int pageSize = std::max(batchSize, kReadPage);
    QStringList cursor = after;
    QList<ScopedRecord> batch;
    batch.reserve(batchSize);
    std::vector<ScopedRecord> page;
    page.reserve(std::size_t(pageSize));
    for (;;) {
        page.clear();
        std::vector<std::string> lastKey; // the paging cursor: the page's last key
        auto read = EntityReader::readRecords(*m_session, m_source, entity, pageSize, cursor,
                                              [&](std::vector<std::string> &&key, CanonicalRecord &&record) {
            std::string joined = key.front();
            for (std::size_t i = 1; i < key.size(); ++i)
                joined += "\x1f" + key[i];
            page.push_back(ScopedRecord{QString::fromStdString(joined), std::move(record)});
            lastKey = std::move(key);
        });
        if (!read)
            return read.error();
        QStringList last;
        for (const std::string &k : lastKey)
            last.append(QString::fromStdString(k));
        for (ScopedRecord &r : page) {
            if (!m_everything && userField >= 0) {
                const QString user = r.record.at(userField).toQString();
                const bool orphan = m_plan.scope.kind == PlanScope::Kind::All && !isUser && !m_sourceUsers.contains(user);
                if (!orphan && !m_userKeys.contains(user))
                    continue;
            }
            batch.append(std::move(r));
            if (batch.size() >= batchSize) {
                if (!onBatch(batch))
                    return {};
                batch.clear(); // the callee may have moved the records out
                batch.reserve(batchSize);
            }
        }
        if (*read < pageSize)
            break;
        cursor = last;
    }
    if (!batch.isEmpty())
        onBatch(batch);
    return {};
}
