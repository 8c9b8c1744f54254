#include "users/profileloader.h"

#include "platform/canonicalquery.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace ProfileLoader {
namespace {

using Row = std::vector<std::optional<std::string>>;

QString text(const Row &r, int i)
{
    return r[size_t(i)] ? QString::fromStdString(*r[size_t(i)]) : QString();
}

qint64 number(const Row &r, int i, qint64 fallback = 0)
{
    return r[size_t(i)] ? std::stoll(*r[size_t(i)]) : fallback;
}

QDateTime instant(const Row &r, int i)
{
    return r[size_t(i)] ? QDateTime::fromSecsSinceEpoch(std::stoll(*r[size_t(i)]), QTimeZone::utc()) : QDateTime();
}

std::string epoch(const std::string &column)
{
    return "(extract(epoch from " + column + "))::int8";
}

CanonicalQuery ofUser(const Adapter &adapter, const QString &entity, const QString &userKey)
{
    CanonicalQuery q(adapter, entity);
    q.whereKeyIn(QStringLiteral("user_key"), {userKey});
    return q;
}

DbError loadFacts(PlatformWorker::Context &c, const QString &userKey, Profile::AccountProfile &out)
{
    AdapterSql sql;
    CanonicalQuery users = ofUser(c.adapter, QStringLiteral("user"), userKey);
    const std::string rowsSql = "SELECT name, email, phone, " + epoch("registered_at") + ", channel, active FROM ("
            + users.sql(sql, {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                              QStringLiteral("registered_at"), QStringLiteral("channel"), QStringLiteral("active")})
            + ") u LIMIT 1";
    auto rows = c.session.execParams(rowsSql, sql.takeParams());
    if (!rows.ok())
        return rows.error();
    if (rows->rows.empty())
        return DbError::make(DbError::Kind::Query,
                             QCoreApplication::translate("ProfileLoader", "The account %1 no longer exists on %2.")
                                 .arg(userKey, c.platform));
    const Row &r = rows->rows.front();
    out.facts.name = text(r, 0);
    out.facts.email = text(r, 1);
    out.facts.phone = text(r, 2);
    out.facts.registeredAt = instant(r, 3);
    out.facts.channel = text(r, 4);
    out.facts.active = text(r, 5) != QLatin1String("f");

    CanonicalQuery members = ofUser(c.adapter, QStringLiteral("membership"), userKey);
    if (members.isValid()) {
        const std::string mSql = "SELECT plan, tier, " + epoch("starts_at") + ", " + epoch("expires_at") + " FROM ("
                + members.sql(sql, {QStringLiteral("plan"), QStringLiteral("tier"), QStringLiteral("starts_at"),
                                    QStringLiteral("expires_at")})
                + ") m ORDER BY starts_at DESC LIMIT 200";
        auto m = c.session.execParams(mSql, sql.takeParams());
        if (!m.ok())
            return m.error();
        for (const Row &row : m->rows)
            out.facts.memberships.append({text(row, 0), text(row, 1), instant(row, 2), instant(row, 3)});
    }
    CanonicalQuery consents = ofUser(c.adapter, QStringLiteral("consent"), userKey);
    if (consents.isValid()) {
        const std::string kSql = "SELECT purpose, granted, " + epoch("updated_at") + ", evidence FROM ("
                + consents.sql(sql, {QStringLiteral("purpose"), QStringLiteral("granted"), QStringLiteral("updated_at"),
                                     QStringLiteral("evidence")})
                + ") k ORDER BY purpose";
        auto k = c.session.execParams(kSql, sql.takeParams());
        if (!k.ok())
            return k.error();
        for (const Row &row : k->rows)
            out.facts.consents.append({text(row, 0), text(row, 1) == QLatin1String("t"), instant(row, 2), text(row, 3)});
    }
    return {};
}

DbError loadPurchases(PlatformWorker::Context &c, const QString &userKey, Profile::AccountProfile &out)
{
    CanonicalQuery orders = ofUser(c.adapter, QStringLiteral("order"), userKey);
    if (!orders.isValid())
        return {};
    AdapterSql sql;
    CanonicalQuery items(c.adapter, QStringLiteral("item"));
    const std::string statement =
        "SELECT o.order_key, o.order_no, o.item_key, i.title, i.category_path, o.channel, o.status, "
        "(round(o.amount * 100))::int8, (round(coalesce(o.refund_amount, 0) * 100))::int8, "
        + epoch("o.ordered_at") + ", " + epoch("o.refunded_at") + " FROM ("
        + orders.sql(sql, {QStringLiteral("order_key"), QStringLiteral("order_no"), QStringLiteral("item_key"),
                           QStringLiteral("channel"), QStringLiteral("status"), QStringLiteral("amount"),
                           QStringLiteral("refund_amount"), QStringLiteral("ordered_at"), QStringLiteral("refunded_at")})
        + ") o LEFT JOIN (" + items.sql(sql, {QStringLiteral("item_key"), QStringLiteral("title"), QStringLiteral("category_path")})
        + ") i ON i.item_key = o.item_key ORDER BY o.ordered_at DESC, o.order_key";
    auto rows = c.session.execParams(statement, sql.takeParams());
    if (!rows.ok())
        return rows.error();
    for (const Row &r : rows->rows) {
        Profile::Purchase p{text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5), text(r, 6),
                            number(r, 7), number(r, 8), instant(r, 9), instant(r, 10)};
        ++out.totals.orders;
        out.totals.paidFen += p.amountFen;
        if (p.refundFen > 0 || p.status == QLatin1String("refunded")) {
            ++out.totals.refunds;
            out.totals.refundedFen += p.refundFen;
        }
        out.purchases.append(p);
    }
    return {};
}

DbError loadProgress(PlatformWorker::Context &c, const QString &userKey, Profile::AccountProfile &out)
{
    CanonicalQuery progress = ofUser(c.adapter, QStringLiteral("progress"), userKey);
    if (!progress.isValid())
        return {};
    AdapterSql sql;
    CanonicalQuery items(c.adapter, QStringLiteral("item"));
    const std::string statement = "SELECT p.item_key, i.title, p.fraction, p.seconds, " + epoch("p.updated_at") + " FROM ("
        + progress.sql(sql, {QStringLiteral("item_key"), QStringLiteral("fraction"), QStringLiteral("seconds"),
                             QStringLiteral("updated_at")})
        + ") p LEFT JOIN (" + items.sql(sql, {QStringLiteral("item_key"), QStringLiteral("title")})
        + ") i ON i.item_key = p.item_key ORDER BY p.updated_at DESC, p.item_key";
    auto rows = c.session.execParams(statement, sql.takeParams());
    if (!rows.ok())
        return rows.error();
    for (const Row &r : rows->rows)
        out.progress.append({text(r, 0), text(r, 1), r[2] ? std::stod(*r[2]) : 0.0, number(r, 3, -1), instant(r, 4)});
    return {};
}

} // namespace

DbError loadBehaviour(PlatformWorker::Context &c, const QString &userKey, const QString &timeZone,
                      Profile::AccountProfile &out)
{
    CanonicalQuery events = ofUser(c.adapter, QStringLiteral("event"), userKey);
    if (!events.isValid())
        return {};
    AdapterSql sql;
    CanonicalQuery items(c.adapter, QStringLiteral("item"));
    const std::string tz = sql.param(timeZone.toStdString());
    // One pass over the account's events: first counted per local hour, kind, channel and item
    // (a hash aggregate straight off the user's index), then the item's category joined to those
    // counts, then four groupings of them; grouping() says which set a row is of.
    const std::string statement =
        "SELECT grouping(day, kind, dow, hour, channel, category), to_char(day, 'YYYY-MM-DD'), kind, dow, hour, channel, "
        "category, sum(n)::int8 FROM (SELECT h::date AS day, g.kind, (extract(isodow from h))::int - 1 AS dow, "
        "(extract(hour from h))::int AS hour, g.channel, NULLIF(split_part(i.category_path, '/', 1), '') AS category, g.n "
        "FROM (SELECT date_trunc('hour', e.occurred_at AT TIME ZONE " + tz + ") AS h, e.kind, e.channel, e.item_key, count(*) AS n FROM ("
        + events.sql(sql, {QStringLiteral("kind"), QStringLiteral("channel"), QStringLiteral("occurred_at"), QStringLiteral("item_key")})
        + ") e GROUP BY 1, 2, 3, 4) g LEFT JOIN (" + items.sql(sql, {QStringLiteral("item_key"), QStringLiteral("category_path")})
        + ") i ON i.item_key = g.item_key) x "
          "GROUP BY GROUPING SETS ((day, kind), (dow, hour), (channel), (day, category))";
    auto rows = c.session.execParams(statement, sql.takeParams());
    if (!rows.ok())
        return rows.error();
    // grouping() bits, leftmost argument highest: 1 = not grouped by that column.
    constexpr qint64 kDayKind = 0b001111, kDowHour = 0b110011, kChannel = 0b111101, kDayCategory = 0b011110;
    QHash<QString, int> channelIndex;
    const QTimeZone zone(timeZone.toUtf8());
    for (const Row &r : rows->rows) {
        const qint64 set = number(r, 0);
        const qint64 count = number(r, 7);
        if (set == kDayKind) {
            out.eventCount += count;
            out.timeline.append({QDate::fromString(text(r, 1), Qt::ISODate), text(r, 2), count});
        } else if (set == kDowHour) {
            const qint64 dow = number(r, 3), hour = number(r, 4);
            if (dow >= 0 && dow < 7 && hour >= 0 && hour < 24)
                out.heatmap[size_t(dow)][size_t(hour)] += count;
        } else if (set == kChannel) {
            channelIndex.insert(text(r, 5), int(out.channels.size()));
            out.channels.append({text(r, 5), count, 0});
        } else if (set == kDayCategory && r[6]) {
            out.interestSteps.append({QDate::fromString(text(r, 1), Qt::ISODate), text(r, 6), count});
        }
    }
    // Orders count in the channel split and, in their item's category, as the day's interest.
    for (const Profile::Purchase &p : out.purchases) {
        auto it = channelIndex.constFind(p.channel);
        if (it == channelIndex.constEnd()) {
            it = channelIndex.insert(p.channel, int(out.channels.size()));
            out.channels.append({p.channel, 0, 0});
        }
        ++out.channels[*it].orders;
        const QString category = p.category.section(QLatin1Char('/'), 0, 0);
        if (!category.isEmpty() && p.orderedAt.isValid()) {
            const QDate day = (zone.isValid() ? p.orderedAt.toTimeZone(zone) : p.orderedAt).date();
            out.interestSteps.append({day, category, 1});
        }
    }
    std::stable_sort(out.interestSteps.begin(), out.interestSteps.end(),
                     [](const Profile::DayCategoryCount &a, const Profile::DayCategoryCount &b) { return a.day < b.day; });
    return {};
}

Result<Profile::AccountProfile> load(PlatformWorker::Context &c, const QString &userKey, const QString &timeZone)
{
    Profile::AccountProfile out;
    out.account = {c.connectionId, c.platform, userKey};
    for (auto step : {&loadFacts, &loadPurchases, &loadProgress}) {
        const DbError e = step(c, userKey, out);
        if (e.isError())
            return e;
    }
    const DbError e = loadBehaviour(c, userKey, timeZone, out);
    if (e.isError())
        return e;
    return out;
}

} // namespace ProfileLoader
