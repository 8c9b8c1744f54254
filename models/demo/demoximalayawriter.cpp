#include "demo/demoximalayawriter.h"

#include "demo/copywriter.h"
#include "demo/demorandom.h"
#include "demo/demotaxonomy.h"

#include <cstdlib>
#include <cstring>

namespace {
const char *const kClients[] = {"pc", "h5", "ios", "android"};
const char *const kSignupClients[] = {"PC", "H5", "iOS", "Android"};
const char *const kEventTypes[] = {"browse", "tap", "listen", "thumb_up", "subscribe", "comment", "forward", "query"};
const char *const kPlans[] = {"VIP_M", "VIP_Y", "SVIP"};
const char *const kConsentTypes[] = {"MIGRATE", "SHARE", "PERSONALIZE"};
const char *const kEvidence[] = {"隐私政策弹窗同意", "账号迁移授权页勾选", "数据共享协议勾选", "设置>隐私>个性化推荐开关"};
const char *const kAppVersions[] = {"9.1.12", "9.2.36", "9.3.5", "9.3.21"};

// Stream tags for derived UUIDs.
enum : std::uint64_t { kAccountTag = 0xAC01, kPurchaseTag = 0x9C01, kSubTag = 0x5B01, kMissingAccountTag = 0x0F01,
                       kMissingAlbumTag = 0x0F02 };

const char *client(DemoChannel c)
{
    return kClients[static_cast<int>(c)];
}
} // namespace

DemoXimalayaWriter::DemoXimalayaWriter(const DemoPopulation &population, PGconn *conn, DemoProgressSink &progress)
    : DemoPlatformWriter(population, DemoCatalog::Ximalaya, conn, progress)
{
}

int DemoXimalayaWriter::categoryId(std::size_t sub)
{
    const std::size_t top = DemoTaxonomy::topIndex(sub);
    std::size_t first = sub;
    while (first > 0 && DemoTaxonomy::topIndex(first - 1) == top)
        --first;
    return topCategoryId(top) + static_cast<int>(sub - first) + 1;
}

void DemoXimalayaWriter::writeTables()
{
    writeCategories();
    writeAlbums();
    writeAccounts();
    writePurchases();
    writeProgress();
    writeBehaviour();
    writeSubscriptions();
    writeConsents();
}

std::string DemoXimalayaWriter::sequenceSql() const
{
    return "SELECT setval(pg_get_serial_sequence('ximalaya.behavior_log', 'log_id'), "
           "coalesce((SELECT max(log_id) FROM ximalaya.behavior_log), 0) + 1, false);\n";
}

void DemoXimalayaWriter::accountId(CopyWriter &w, const DemoAccount &account) const
{
    const std::uint64_t seed = m_population.seed();
    w.uuid(DemoRandom::mix(seed, kAccountTag, account.person, account.duplicate),
           DemoRandom::mix(seed, kAccountTag + 1, account.person, account.duplicate));
}

void DemoXimalayaWriter::missingId(CopyWriter &w, std::uint64_t tag, std::int64_t n) const
{
    const std::uint64_t seed = m_population.seed();
    w.uuid(DemoRandom::mix(seed, tag, static_cast<std::uint64_t>(n), 1), DemoRandom::mix(seed, tag, static_cast<std::uint64_t>(n), 2));
}

void DemoXimalayaWriter::writeCategories()
{
    copyTable("category", "category_id, parent_id, name_zh, slug", [](CopyWriter &w) {
        const auto &cats = DemoTaxonomy::categories();
        // Parents first: the table's foreign key is checked row by row during COPY.
        for (std::size_t s = 0; s < cats.size(); ++s) {
            if (s > 0 && std::strcmp(cats[s].topSlug, cats[s - 1].topSlug) == 0)
                continue;
            w.integer(topCategoryId(DemoTaxonomy::topIndex(s))).null().text(cats[s].ximalayaTop).text(cats[s].topSlug);
            w.endRow();
        }
        for (std::size_t s = 0; s < cats.size(); ++s) {
            w.integer(categoryId(s)).integer(topCategoryId(DemoTaxonomy::topIndex(s))).text(cats[s].name);
            w.text(std::string(cats[s].topSlug) + "-" + cats[s].slug);
            w.endRow();
        }
    });
}

void DemoXimalayaWriter::writeAlbums()
{
    copyTable("album", "album_id, album_title, album_kind, category_id, price_yuan, total_seconds, anchor_name, released_at",
              [this](CopyWriter &w) {
        const auto &items = m_catalog.items(m_platform);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const DemoCatalog::Item &item = items[i];
            const DemoCatalog::Work &work = m_catalog.workOf(m_platform, i);
            w.text(item.uuid).text(item.title).text(DemoCatalog::ximalayaKindName(work.kind)).integer(categoryId(work.sub));
            w.yuan(item.priceFen).integer(item.totalSeconds).text(item.anchor);
            // Released on the audio platform up to a month after the original publication.
            w.timestamptz(work.publishedAt + static_cast<std::int64_t>(item.work % 31) * 86400);
            w.endRow();
        }
    });
}

void DemoXimalayaWriter::writeAccounts()
{
    copyTable("account", "account_id, display_name, email_addr, phone_number, created_at, signup_client, is_active",
              [this](CopyWriter &w) {
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t) {
            const DemoPopulation::Contact c = m_population.contact(person, account);
            accountId(w, account);
            c.nameNull ? w.null() : w.text(c.name);
            c.emailNull ? w.null() : w.text(c.email);
            c.phoneNull ? w.null() : w.text(c.phone);
            w.timestamptz(account.registeredAt).text(kSignupClients[static_cast<int>(account.channel)]).boolean(account.active);
            w.endRow();
        });
    });
}

void DemoXimalayaWriter::writePurchases()
{
    copyTable("purchase", "purchase_id, account_id, album_id, paid_yuan, client, purchased_at, state, refund_yuan, refunded_at",
              [this](CopyWriter &w) {
        const auto &items = m_catalog.items(m_platform);
        const std::uint64_t seed = m_population.seed();
        std::int64_t n = 0;
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t) {
            std::uint64_t k = 0;
            for (const DemoOrder &o : m_population.orders(person, account)) {
                ++n;
                const std::uint64_t key = account.person * 2 + account.duplicate;
                w.uuid(DemoRandom::mix(seed, kPurchaseTag, key, k), DemoRandom::mix(seed, kPurchaseTag + 1, key, k));
                ++k;
                o.orphanUser ? missingId(w, kMissingAccountTag, n) : accountId(w, account);
                o.orphanItem ? missingId(w, kMissingAlbumTag, n) : static_cast<void>(w.text(items[o.item].uuid));
                w.yuan(o.amountFen).text(client(o.channel)).timestamptz(o.createdAt);
                if (o.refunded)
                    w.text("REFUNDED").yuan(std::abs(o.amountFen)).timestamptz(o.refundedAt);
                else
                    w.text("PAID").null().null();
                w.endRow();
            }
        });
    });
}

void DemoXimalayaWriter::writeProgress()
{
    copyTable("listen_progress", "account_id, album_id, listened_seconds, updated_at", [this](CopyWriter &w) {
        const auto &items = m_catalog.items(m_platform);
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t ordinal) {
            const auto orders = m_population.orders(person, account);
            for (const DemoProgressRecord &r : m_population.progress(person, account, orders)) {
                const std::int64_t total = items[r.item].totalSeconds;
                // Dirty rows: a player bug once wrote negative positions.
                const std::int64_t seconds = r.outOfRange ? -1 - static_cast<std::int64_t>((r.item * 13 + ordinal) % 3600)
                                                          : total * r.percent / 100;
                accountId(w, account);
                w.text(items[r.item].uuid).integer(seconds).timestamptz(r.updatedAt);
                w.endRow();
            }
        });
    });
}

void DemoXimalayaWriter::writeBehaviour()
{
    copyTable("behavior_log", "log_id, account_id, album_id, event_type, client, occurred_at, keyword", [this](CopyWriter &w) {
        const auto &items = m_catalog.items(m_platform);
        std::int64_t id = 0;
        std::vector<DemoEvent> events;
        forEachAccount([&](const DemoPerson &person, const DemoAccount &account, std::uint64_t) {
            const auto orders = m_population.orders(person, account);
            m_population.events(person, account, orders, events);
            for (const DemoEvent &e : events) {
                w.integer(++id);
                e.orphanUser ? missingId(w, kMissingAccountTag, -id) : accountId(w, account);
                if (e.item < 0)
                    w.null();
                else
                    e.orphanItem ? missingId(w, kMissingAlbumTag, -id) : static_cast<void>(w.text(items[static_cast<std::size_t>(e.item)].uuid));
                w.text(kEventTypes[static_cast<int>(e.kind)]).text(client(e.channel)).timestamptz(e.at);
                e.kind == DemoEventKind::Search ? w.text(m_population.keyword(e)) : w.null();
                w.endRow();
            }
        });
    });
}

void DemoXimalayaWriter::writeSubscriptions()
{
    copyTable("vip_subscription", "sub_id, account_id, plan_code, valid_from, valid_to", [this](CopyWriter &w) {
        const std::uint64_t seed = m_population.seed();
        forEachAccount([&](const DemoPerson &, const DemoAccount &account, std::uint64_t) {
            std::uint64_t k = 0;
            for (const DemoMembership &m : m_population.memberships(account)) {
                const std::uint64_t key = account.person * 2 + account.duplicate;
                w.uuid(DemoRandom::mix(seed, kSubTag, key, k), DemoRandom::mix(seed, kSubTag + 1, key, k));
                ++k;
                accountId(w, account);
                w.text(kPlans[m.plan]).timestamptz(m.start).timestamptz(m.end);
                w.endRow();
            }
        });
    });
}

void DemoXimalayaWriter::writeConsents()
{
    copyTable("privacy_consent", "account_id, consent_type, granted, granted_at, evidence", [this](CopyWriter &w) {
        forEachAccount([&](const DemoPerson &, const DemoAccount &account, std::uint64_t) {
            for (const DemoConsent &c : m_population.consents(account)) {
                // Half answered the general privacy pop-up, half the purpose's own switch.
                const char *place = c.evidence % 2 == 0 ? kEvidence[0] : kEvidence[c.purpose + 1];
                const std::string evidence = std::string(place) + "（"
                    + kSignupClients[static_cast<int>(account.channel)] + " " + kAppVersions[(c.evidence / 4) % 4] + "）";
                accountId(w, account);
                w.text(kConsentTypes[c.purpose]).boolean(c.agreed).timestamptz(c.at).text(evidence);
                w.endRow();
            }
        });
    });
}
