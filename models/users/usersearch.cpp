#include "users/usersearch.h"

#include "identity/identitynormalizer.h"
#include "platform/canonicalquery.h"

#include "db/pgparam.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace UserSearch {
namespace {

const QStringList kUserFields = {QStringLiteral("user_key"), QStringLiteral("name"), QStringLiteral("email"),
                                 QStringLiteral("phone"), QStringLiteral("registered_at"), QStringLiteral("channel")};

QString likePrefix(const QString &prefix)
{
    QString escaped;
    for (QChar c : prefix) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped + QLatin1Char('%');
}

QString text(const std::optional<std::string> &v)
{
    return v ? QString::fromStdString(*v) : QString();
}

// Runs "SELECT user fields ... WHERE (c1 OR c2 ...)" and turns rows into hits.
Result<QList<Hit>> fetch(PlatformWorker::Context &c, CanonicalQuery &users, AdapterSql &sql,
                         const std::vector<std::string> &conditions, int limit)
{
    if (conditions.empty())
        return QList<Hit>();
    std::string any;
    for (const std::string &cond : conditions)
        any += (any.empty() ? "" : " OR ") + cond;
    users.whereSql(any);
    QStringList fields = kUserFields;
    const std::string statement = "SELECT user_key, name, email, phone, (extract(epoch from registered_at))::int8, channel FROM ("
        + users.sql(sql, fields) + ") u LIMIT " + std::to_string(limit * 4);
    auto rows = c.session.execParams(statement, sql.takeParams());
    if (!rows.ok())
        return rows.error();
    QList<Hit> hits;
    for (const auto &r : rows->rows) {
        Hit h;
        h.account = {c.connectionId, c.platform, text(r[0])};
        h.name = text(r[1]);
        h.email = text(r[2]);
        h.phone = text(r[3]);
        if (r[4])
            h.registeredAt = QDateTime::fromSecsSinceEpoch(std::stoll(*r[4]), QTimeZone::utc());
        h.channel = text(r[5]);
        hits.append(h);
    }
    return hits;
}

} // namespace

std::string emailKeyExpression(const std::string &column)
{
    return "lower(btrim(" + column + "))";
}

std::string phoneTailExpression(const std::string &column)
{
    // Full-width digits become ASCII, everything but digits goes, the last 8 digits remain: the
    // same for "+86 138 0013 8000", "0086138…", "138-0013-8000" and "１３８…".
    return "right(regexp_replace(translate(" + column
        + ", '０１２３４５６７８９', '0123456789'), '[^0-9]', '', 'g'), 8)";
}

QString phoneTail(const QString &e164)
{
    return e164.right(8);
}

Query Query::parse(const QString &raw)
{
    Query q;
    q.text = raw.trimmed();
    if (q.text.isEmpty())
        return q;
    if (q.text.contains(QLatin1Char('@')) || q.text.contains(QChar(0xFF20))) {
        const auto e = IdentityNormalizer::email(q.text);
        q.email = e.value;
    }
    const auto p = IdentityNormalizer::phone(q.text);
    q.phone = p.value;
    if (q.email.isEmpty() && q.phone.isEmpty())
        q.namePrefix = q.text;
    if (!q.text.contains(QLatin1Char(' ')))
        q.key = q.text.normalized(QString::NormalizationForm_KC);
    return q;
}

Result<QList<Hit>> search(PlatformWorker::Context &c, const Query &q, int limit, bool *truncated)
{
    if (truncated)
        *truncated = false;
    CanonicalQuery users(c.adapter, QStringLiteral("user"));
    if (!users.isValid() || q.isEmpty())
        return QList<Hit>();
    AdapterSql sql;
    std::vector<std::string> conditions;
    const std::string keyColumn = users.column(QStringLiteral("user_key"));
    if (!q.key.isEmpty() && !keyColumn.empty() && users.acceptsKey(QStringLiteral("user_key"), q.key)) {
        const AdapterColumnRef &ref = users.entity()->mapping(QStringLiteral("user_key"))->columns.first();
        conditions.push_back(keyColumn + " = " + sql.param(q.key.toStdString()) + AdapterSql::cast(ref.typeSchema, ref.typeName));
    }
    if (const std::string col = users.column(QStringLiteral("email")); !q.email.isEmpty() && !col.empty())
        conditions.push_back(emailKeyExpression(col) + " = " + sql.param(q.email.toStdString()));
    if (const std::string col = users.column(QStringLiteral("phone")); !q.phone.isEmpty() && !col.empty())
        conditions.push_back(phoneTailExpression(col) + " = " + sql.param(phoneTail(q.phone).toStdString()));
    if (const std::string col = users.column(QStringLiteral("name")); !q.namePrefix.isEmpty() && !col.empty())
        conditions.push_back("lower(" + col + ") LIKE lower(" + sql.param(likePrefix(q.namePrefix).toStdString()) + ")");

    auto fetched = fetch(c, users, sql, conditions, limit);
    if (!fetched.ok())
        return fetched;
    const bool candidatesCapped = fetched.value().size() >= limit * 4; // fetch's own LIMIT was reached
    QList<Hit> hits;
    for (Hit &h : fetched.value()) {
        if (!q.key.isEmpty() && h.account.userKey.compare(q.key, Qt::CaseInsensitive) == 0)
            h.matchedBy |= ById;
        if (!q.email.isEmpty() && IdentityNormalizer::email(h.email).value == q.email)
            h.matchedBy |= ByEmail;
        if (!q.phone.isEmpty() && IdentityNormalizer::phone(h.phone).value == q.phone)
            h.matchedBy |= ByPhone;
        if (!q.namePrefix.isEmpty() && h.name.startsWith(q.namePrefix, Qt::CaseInsensitive))
            h.matchedBy |= ByName;
        if (h.matchedBy) // the database's filter is wider than the match (last 8 digits only)
            hits.append(h);
    }
    // Identifiers before names; then the older account first.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        const bool aExact = a.matchedBy & (ById | ByEmail | ByPhone), bExact = b.matchedBy & (ById | ByEmail | ByPhone);
        if (aExact != bExact)
            return aExact;
        return a.registeredAt < b.registeredAt;
    });
    if (truncated)
        *truncated = hits.size() > limit || candidatesCapped;
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

Result<QList<Hit>> accountsWith(PlatformWorker::Context &c, const QStringList &emails, const QStringList &phones, int limit)
{
    CanonicalQuery users(c.adapter, QStringLiteral("user"));
    if (!users.isValid() || (emails.isEmpty() && phones.isEmpty()))
        return QList<Hit>();
    AdapterSql sql;
    std::vector<std::string> conditions;
    if (const std::string col = users.column(QStringLiteral("email")); !emails.isEmpty() && !col.empty())
        conditions.push_back(emailKeyExpression(col) + " = ANY(" + sql.param(PgParam::textArray(emails)) + "::text[])");
    QStringList tails;
    for (const QString &p : phones)
        tails.append(phoneTail(p));
    if (const std::string col = users.column(QStringLiteral("phone")); !tails.isEmpty() && !col.empty())
        conditions.push_back(phoneTailExpression(col) + " = ANY(" + sql.param(PgParam::textArray(tails)) + "::text[])");
    auto fetched = fetch(c, users, sql, conditions, limit);
    if (!fetched.ok())
        return fetched;
    const QSet<QString> emailSet(emails.begin(), emails.end()), phoneSet(phones.begin(), phones.end());
    QList<Hit> hits;
    for (Hit &h : fetched.value()) {
        if (emailSet.contains(IdentityNormalizer::email(h.email).value))
            h.matchedBy |= ByEmail;
        if (phoneSet.contains(IdentityNormalizer::phone(h.phone).value))
            h.matchedBy |= ByPhone;
        if (h.matchedBy)
            hits.append(h);
    }
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace UserSearch
