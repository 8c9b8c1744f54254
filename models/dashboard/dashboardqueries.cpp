#include "dashboard/dashboardqueries.h"

#include "db/pgsession.h"
#include "platform/adaptersql.h"
#include "platform/canonicalquery.h"

#include <QHash>

namespace DashboardQueries {

namespace {

const QString kIso = QStringLiteral("yyyy-MM-dd");

std::string iso(const QDate &d)
{
    return d.toString(kIso).toStdString();
}

QDate dateOf(const std::optional<std::string> &text)
{
    return text ? QDate::fromString(QString::fromStdString(*text), kIso) : QDate();
}

QDate monthOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate afterLatestMonth(const PlatformDashboard &s)
{
    return monthOf(s.latestDay).addMonths(1);
}

// "<expr> >= <from> AND <expr> < <to>" for a timestamptz expression and two date parameters
// that are local days of the time zone parameter: the bounds are stable expressions, so an index
// on the expression serves the range.
std::string within(const std::string &expr, const std::string &tz, const std::string &from, const std::string &to)
{
    return expr + " >= ((" + from + "::date)::timestamp AT TIME ZONE " + tz + ") AND " + expr + " < ((" + to
        + "::date)::timestamp AT TIME ZONE " + tz + ")";
}

std::string periodOf(const std::string &expr, const std::string &tz, bool monthly)
{
    if (monthly)
        return "to_char(date_trunc('month', " + expr + " AT TIME ZONE " + tz + "), 'YYYY-MM-DD')";
    return "to_char(" + expr + " AT TIME ZONE " + tz + ", 'YYYY-MM-DD')";
}

// One count per period of the window, zero where the query returned none.
DashboardCountSeries countSeries(const PgRows &rows, const QDate &from, const QDate &to, bool monthly)
{
    QHash<QDate, qlonglong> byPeriod;
    for (const auto &r : rows.rows)
        byPeriod.insert(dateOf(r[0]), r[1] ? std::stoll(*r[1]) : 0);
    DashboardCountSeries s;
    for (QDate d = from; d < to; d = monthly ? d.addMonths(1) : d.addDays(1)) {
        s.periods.append(d);
        s.values.append(byPeriod.value(d, 0));
    }
    return s;
}

QString text(const std::optional<std::string> &v)
{
    return v ? QString::fromStdString(*v) : QString();
}

qlonglong number(const std::optional<std::string> &v)
{
    return v ? std::stoll(*v) : 0;
}

} // namespace

QDate kpiMonthFor(const QDate &latestDay)
{
    if (!latestDay.isValid())
        return {};
    const QDate month = monthOf(latestDay);
    return latestDay.day() == latestDay.daysInMonth() ? month : month.addMonths(-1);
}

Result<PlatformDashboard> summary(PgSession &session, const Adapter &adapter, const QString &timeZone, int days,
                                  int months)
{
    AdapterSql p;
    const std::string tz = p.param(timeZone.toStdString()) + "::text";
    CanonicalQuery users(adapter, QStringLiteral("user"));
    CanonicalQuery events(adapter, QStringLiteral("event"));
    CanonicalQuery orders(adapter, QStringLiteral("order"));
    // max() over the time expression is one index probe where the expression is indexed; the
    // fallbacks (no events: orders, then registrations) are evaluated only when needed.
    auto latest = [&](const CanonicalQuery &q, const char *field) -> std::string {
        if (!q.isValid())
            return "NULL::date";
        return "(SELECT (max(" + std::string(field) + ") AT TIME ZONE " + tz + ")::date FROM ("
            + q.sql(p, {QString::fromLatin1(field)}) + ") x)";
    };
    const std::string count = users.isValid() ? "(SELECT count(*) FROM (" + users.sql(p, {}) + ") u)" : "0::int8";
    const std::string sql = "SELECT " + count + ", to_char(coalesce(" + latest(events, "occurred_at") + ", "
        + latest(orders, "ordered_at") + ", " + latest(users, "registered_at") + ", (now() AT TIME ZONE " + tz
        + ")::date), 'YYYY-MM-DD')";
    const Result<PgRows> rows = session.execParams(sql, p.takeParams());
    if (!rows.ok())
        return rows.error();
    PlatformDashboard d;
    d.totalUsers = number(rows->rows[0][0]);
    d.latestDay = dateOf(rows->rows[0][1]);
    d.kpiMonth = kpiMonthFor(d.latestDay);
    d.firstDay = d.latestDay.addDays(-(qMax(days, 1) - 1));
    d.firstMonth = monthOf(d.latestDay).addMonths(-(qMax(months, 1) - 1));
    return d;
}

Result<PlatformDashboard> newUsers(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                   const PlatformDashboard &s)
{
    PlatformDashboard d;
    CanonicalQuery users(adapter, QStringLiteral("user"));
    for (const bool monthly : {false, true}) {
        const QDate from = monthly ? s.firstMonth : s.firstDay;
        const QDate to = monthly ? afterLatestMonth(s) : s.latestDay.addDays(1);
        PgRows rows;
        if (users.isValid()) {
            AdapterSql p;
            const std::string tz = p.param(timeZone.toStdString()) + "::text";
            const std::string lo = p.param(iso(from)), hi = p.param(iso(to));
            const std::string sql = "SELECT " + periodOf("registered_at", tz, monthly) + ", count(*) FROM ("
                + users.sql(p, {QStringLiteral("registered_at")}) + ") u WHERE "
                + within("registered_at", tz, lo, hi) + " GROUP BY 1";
            Result<PgRows> r = session.execParams(sql, p.takeParams());
            if (!r.ok())
                return r.error();
            rows = std::move(r.value());
        }
        (monthly ? d.newUsersPerMonth : d.newUsersPerDay) = countSeries(rows, from, to, monthly);
    }
    return d;
}

Statement activeUsersStatement(const Adapter &adapter, const QString &timeZone, bool monthly, const QDate &from,
                               const QDate &to)
{
    AdapterSql p;
    CanonicalQuery events(adapter, QStringLiteral("event"));
    if (!events.isValid())
        return {"SELECT NULL::text, 0::int8 WHERE false", {}};
    const std::string tz = p.param(timeZone.toStdString()) + "::text";
    const std::string lo = p.param(iso(from)), hi = p.param(iso(to));
    // The user's own key column (bigint, uuid) rather than its canonical text: hashing and
    // sorting millions of them is what this statement does. Distinct (period, user) first, then
    // a count per period.
    std::string user = events.column(QStringLiteral("user_key"));
    if (user.empty())
        user = events.fieldExpression(p, QStringLiteral("user_key"));
    const std::string inner = "SELECT " + events.fieldExpression(p, QStringLiteral("occurred_at"))
        + " AS occurred_at, " + user + " AS user_id" + AdapterSql::from(adapter, *events.entity());
    const std::string period = monthly ? "date_trunc('month', occurred_at AT TIME ZONE " + tz + ")::date"
                                       : "(occurred_at AT TIME ZONE " + tz + ")::date";
    std::string sql = "SELECT to_char(period, 'YYYY-MM-DD'), count(*) FROM (SELECT DISTINCT " + period
        + " AS period, user_id FROM (" + inner + ") e WHERE " + within("occurred_at", tz, lo, hi)
        + ") x GROUP BY period";
    return {sql, p.takeParams()};
}

Result<PlatformDashboard> activeUsers(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                      const PlatformDashboard &s)
{
    PlatformDashboard d;
    const bool mapped = CanonicalQuery(adapter, QStringLiteral("event")).isValid();
    for (const bool monthly : {false, true}) {
        const QDate from = monthly ? s.firstMonth : s.firstDay;
        const QDate to = monthly ? afterLatestMonth(s) : s.latestDay.addDays(1);
        PgRows rows;
        if (mapped) {
            const Statement st = activeUsersStatement(adapter, timeZone, monthly, from, to);
            Result<PgRows> r = session.execParams(st.sql, st.params);
            if (!r.ok())
                return r.error();
            rows = std::move(r.value());
        }
        (monthly ? d.activeUsersPerMonth : d.activeUsersPerDay) = countSeries(rows, from, to, monthly);
    }
    return d;
}

Result<PlatformDashboard> revenue(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                  const PlatformDashboard &s)
{
    PlatformDashboard d;
    CanonicalQuery orders(adapter, QStringLiteral("order"));
    QHash<QDate, QString> byMonth;
    if (orders.isValid()) {
        AdapterSql p;
        const std::string tz = p.param(timeZone.toStdString()) + "::text";
        const std::string lo = p.param(iso(s.firstMonth)), hi = p.param(iso(afterLatestMonth(s)));
        const std::string sql = "SELECT " + periodOf("ordered_at", tz, true)
            + ", round(coalesce(sum(amount), 0) - coalesce(sum(refund_amount), 0), 2)::text FROM ("
            + orders.sql(p, {QStringLiteral("ordered_at"), QStringLiteral("amount"), QStringLiteral("refund_amount")})
            + ") o WHERE " + within("ordered_at", tz, lo, hi) + " GROUP BY 1";
        const Result<PgRows> rows = session.execParams(sql, p.takeParams());
        if (!rows.ok())
            return rows.error();
        for (const auto &r : rows->rows)
            byMonth.insert(dateOf(r[0]), text(r[1]));
    }
    for (QDate m = s.firstMonth; m < afterLatestMonth(s); m = m.addMonths(1)) {
        d.revenuePerMonth.periods.append(m);
        d.revenuePerMonth.yuan.append(byMonth.value(m, QStringLiteral("0.00")));
    }
    return d;
}

Result<PlatformDashboard> items(PgSession &session, const Adapter &adapter, const QString &timeZone,
                                const PlatformDashboard &s, int topItems)
{
    PlatformDashboard d;
    CanonicalQuery orders(adapter, QStringLiteral("order"));
    CanonicalQuery catalog(adapter, QStringLiteral("item"));
    if (!orders.isValid())
        return d;
    // Orders of the monthly window per item, then joined to the (much smaller) item list.
    auto perItem = [&](AdapterSql &p, bool buyers) {
        const std::string tz = p.param(timeZone.toStdString()) + "::text";
        const std::string lo = p.param(iso(s.firstMonth)), hi = p.param(iso(afterLatestMonth(s)));
        return "SELECT item_key, count(*) AS orders, " + std::string(buyers ? "count(DISTINCT user_key)" : "0::int8")
            + " AS buyers, round(coalesce(sum(amount), 0) - coalesce(sum(refund_amount), 0), 2) AS net FROM ("
            + orders.sql(p, {QStringLiteral("item_key"), QStringLiteral("user_key"), QStringLiteral("ordered_at"),
                             QStringLiteral("amount"), QStringLiteral("refund_amount")})
            + ") o WHERE " + within("ordered_at", tz, lo, hi) + " GROUP BY item_key";
    };
    auto itemList = [&](AdapterSql &p) {
        return catalog.isValid() ? catalog.sql(p, {QStringLiteral("item_key"), QStringLiteral("title"),
                                                   QStringLiteral("category_path")})
                                 : std::string("SELECT NULL::text AS item_key, NULL::text AS title, NULL::text AS category_path WHERE false");
    };
    const std::string topCategory = "NULLIF(split_part(i.category_path, '/', 1), '')";
    {
        AdapterSql p;
        const std::string per = perItem(p, true);
        const std::string list = itemList(p);
        const std::string n = p.param(std::to_string(qMax(topItems, 1))) + "::int8";
        const std::string sql = "SELECT r.item_key, i.title, " + topCategory
            + ", r.orders, r.buyers, r.net::text, r.by_revenue, r.by_buyers FROM (SELECT t.*, "
              "row_number() OVER (ORDER BY t.net DESC, t.item_key) AS by_revenue, "
              "row_number() OVER (ORDER BY t.buyers DESC, t.item_key) AS by_buyers FROM ("
            + per + ") t) r LEFT JOIN (" + list + ") i ON i.item_key = r.item_key WHERE r.by_revenue <= " + n
            + " OR r.by_buyers <= " + n + " ORDER BY r.by_revenue";
        const Result<PgRows> rows = session.execParams(sql, p.takeParams());
        if (!rows.ok())
            return rows.error();
        for (const auto &r : rows->rows)
            d.topItems.append({text(r[0]), text(r[1]), text(r[2]), number(r[3]), number(r[4]), text(r[5]),
                               int(number(r[6])), int(number(r[7]))});
    }
    {
        AdapterSql p;
        const std::string per = perItem(p, false);
        const std::string list = itemList(p);
        const std::string sql = "SELECT " + topCategory + ", sum(t.orders), round(sum(t.net), 2)::text FROM (" + per
            + ") t LEFT JOIN (" + list + ") i ON i.item_key = t.item_key GROUP BY 1 ORDER BY sum(t.net) DESC, 1";
        const Result<PgRows> rows = session.execParams(sql, p.takeParams());
        if (!rows.ok())
            return rows.error();
        for (const auto &r : rows->rows)
            d.categories.append({text(r[0]), number(r[1]), text(r[2])});
    }
    return d;
}

} // namespace DashboardQueries
