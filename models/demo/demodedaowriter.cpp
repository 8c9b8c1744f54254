#include "demo/demodedaowriter.h"

#include "demo/copywriter.h"
#include "demo/demoformat.h"
#include "demo/demotaxonomy.h"

#include <cstdlib>

namespace {
const char *const kChannels[] = {"pc", "h5", "ios", "android"};
const char *const kActions[] = {"view", "click", "play", "like", "collect", "comment", "share", "search"};
const char *const kPlans[] = {"month", "year", "svip"};
const char *const kPurposes[] = {"migration", "sharing", "recommendation"};
const char *const kRefundReasons[] = {"七天无理由退款", "误购", "重复购买", "内容与描述不符", "不想学了"};
const char *const kConsentPlaces[] = {"注册协议弹窗", "迁移授权页", "合作方共享授权页", "设置-隐私与授权"};

const char *channel(DemoChannel c)
{
    return kChannels[static_cast<int>(c)];
}

std::string orderNo(std::int64_t createdAt, std::int64_t id)
{
    std::string s = "DD";
    DemoFormat::appendCompactDate(s, createdAt);
    const std::string n = std::to_string(id);
    s += std::string(n.size() < 10 ? 10 - n.size() : 0, '0') + n;
    return s;
}
} // namespace

DemoDedaoWriter::DemoDedaoWriter(const DemoPopulation &population, PGconn *conn, DemoProgressSink &progress)
    : DemoPlatformWriter(population, DemoCatalog::Dedao, conn, progress)
{
}

void DemoDedaoWriter::writeTables()
{
    writeCourses();
    writeUsers();
    writeOrders();
    writeRefunds();
    writeProgress();
    writeActions();
    writeMembers();
    writeConsents();
}

std::string DemoDedaoWriter::sequenceSql() const
{
    std::string sql;
    for (const char *table : {"users", "courses", "orders", "refunds", "user_actions", "vip_members"}) {
        sql += "SELECT setval(pg_get_serial_sequence('dedao." + std::string(table) + "', 'id'), "
               "coalesce((SELECT max(id) FROM dedao." + table + "), 0) + 1, false);\n";
    }
    return sql;
}

void DemoDedaoWriter::writeUsers()
{
    copyTable("users", "id, nickname, email, mobile, reg_time, reg_channel, status", [this](CopyWriter &w) {
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t id) {
            const DemoPopulation::Contact c = m_population.contact(person, account);
            w.integer(static_cast<std::int64_t>(id));
            c.nameNull ? w.null() : w.text(c.name);
            c.emailNull ? w.null() : w.text(c.email);
            c.phoneNull ? w.null() : w.text(c.phone);
            w.integer(account.registeredAt).text(channel(account.channel)).integer(account.active ? 1 : 0);
            w.endRow();
        });
    });
}

void DemoDedaoWriter::writeCourses()
{
    copyTable("courses", "id, title, course_type, category_path, price_fen, duration_min, author, publish_time",
              [this](CopyWriter &w) {
        const auto &items = m_catalog.items(m_platform);
        const auto &cats = DemoTaxonomy::categories();
        for (std::size_t i = 0; i < items.size(); ++i) {
            const DemoCatalog::Work &work = m_catalog.workOf(m_platform, i);
            w.integer(static_cast<std::int64_t>(i + 1)).text(items[i].title).text(DemoCatalog::dedaoKindName(work.kind));
            w.text(std::string(cats[work.sub].dedaoTop) + "/" + cats[work.sub].name);
            w.integer(items[i].priceFen);
            work.durationMin > 0 ? w.integer(work.durationMin) : w.null();
            w.text(work.author).integer(work.publishedAt);
            w.endRow();
        }
    });
}

void DemoDedaoWriter::writeOrders()
{
    copyTable("orders", "id, order_no, user_id, course_id, amount_fen, pay_channel, status, created_at",
              [this](CopyWriter &w) {
        std::int64_t id = 0;
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t userId) {
            for (const DemoOrder &o : m_population.orders(person, account)) {
                ++id;
                w.integer(id).text(orderNo(o.createdAt, id));
                w.integer(o.orphanUser ? kMissingUserBase + id : static_cast<std::int64_t>(userId));
                w.integer(o.orphanItem ? kMissingCourseBase + id : static_cast<std::int64_t>(o.item) + 1);
                w.integer(o.amountFen).text(channel(o.channel)).text(o.refunded ? "refunded" : "paid");
                w.integer(o.createdAt);
                w.endRow();
            }
        });
    });
}

void DemoDedaoWriter::writeRefunds()
{
    copyTable("refunds", "id, order_id, amount_fen, refunded_at, reason", [this](CopyWriter &w) {
        std::int64_t orderId = 0;
        std::int64_t id = 0;
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t) {
            for (const DemoOrder &o : m_population.orders(person, account)) {
                ++orderId;
                if (!o.refunded)
                    continue;
                w.integer(++id).integer(orderId).integer(std::abs(o.amountFen)).integer(o.refundedAt);
                w.text(kRefundReasons[o.refundReason % 5]);
                w.endRow();
            }
        });
    });
}

void DemoDedaoWriter::writeProgress()
{
    copyTable("study_progress", "user_id, course_id, percent, last_study_time", [this](CopyWriter &w) {
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t userId) {
            const auto orders = m_population.orders(person, account);
            for (const DemoProgressRecord &r : m_population.progress(person, account, orders)) {
                // Dirty rows: a client bug reported more than 100 %.
                const int percent = r.outOfRange ? 101 + static_cast<int>((r.item * 7 + userId) % 80) : r.percent;
                w.integer(static_cast<std::int64_t>(userId)).integer(static_cast<std::int64_t>(r.item) + 1);
                w.integer(percent).integer(r.updatedAt);
                w.endRow();
            }
        });
    });
}

void DemoDedaoWriter::writeActions()
{
    copyTable("user_actions", "id, user_id, course_id, action, platform, ts, query", [this](CopyWriter &w) {
        std::int64_t id = 0;
        std::vector<DemoEvent> events;
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t userId) {
            const auto orders = m_population.orders(person, account);
            m_population.events(person, account, orders, events);
            for (const DemoEvent &e : events) {
                ++id;
                w.integer(id).integer(e.orphanUser ? kMissingUserBase + id : static_cast<std::int64_t>(userId));
                if (e.item < 0)
                    w.null();
                else
                    w.integer(e.orphanItem ? kMissingCourseBase + id : static_cast<std::int64_t>(e.item) + 1);
                w.text(kActions[static_cast<int>(e.kind)]).text(channel(e.channel)).integer(e.at);
                e.kind == DemoEventKind::Search ? w.text(m_population.keyword(e)) : w.null();
                w.endRow();
            }
        });
    });
}

void DemoDedaoWriter::writeMembers()
{
    copyTable("vip_members", "id, user_id, plan, start_time, expire_time", [this](CopyWriter &w) {
        std::int64_t id = 0;
        forEachAccount([&](const DemoPerson &, const DemoAccount &account, std::uint64_t userId) {
            for (const DemoMembership &m : m_population.memberships(account)) {
                w.integer(++id).integer(static_cast<std::int64_t>(userId)).text(kPlans[m.plan]);
                w.integer(m.start).integer(m.end);
                w.endRow();
            }
        });
    });
}

void DemoDedaoWriter::writeConsents()
{
    copyTable("user_consents", "user_id, purpose, agreed, updated_at, source", [this](CopyWriter &w) {
        forEachAccount([&](const DemoPerson &, const DemoAccount &account, std::uint64_t userId) {
            for (const DemoConsent &c : m_population.consents(account)) {
                // Evidence: where and under which policy version the user answered.
                const std::string source = std::string(channel(account.channel)) + ":"
                    + (c.evidence % 2 == 0 ? kConsentPlaces[0] : kConsentPlaces[c.purpose + 1]) + " 隐私政策v3."
                    + std::to_string(c.evidence % 6);
                w.integer(static_cast<std::int64_t>(userId)).text(kPurposes[c.purpose]).boolean(c.agreed);
                w.integer(c.at).text(source);
                w.endRow();
            }
        });
    });
}
