#pragma once

#include "demo/democatalog.h"
#include "demo/demoactivity.h"

#include <cstdint>
#include <string>
#include <vector>

// The demo's people and what they do, in canonical terms. Everything about person i on platform p
// is derived from its own random streams (seed, i, p, aspect), never from a shared sequence, so a
// table can be generated in any order, by any thread, any number of times, with identical results.
// The writers make several passes (one per table) and regenerate what each pass needs.
//
// The shares below are the demo's documented knobs; tests and the summary command rely on them.
class DemoPopulation
{
public:
    // --- Who is where (of all people; --users counts people) ---
    static constexpr double kBothPlatformsShare = 0.30;   // present on 得到 and 喜马拉雅
    static constexpr double kDedaoOnlyShare = 0.33;       // the rest (0.37) only on 喜马拉雅
    // --- How one person's records differ between the platforms (of people on both) ---
    static constexpr double kVariantWritingShare = 0.40;  // e-mail and/or phone written differently
    static constexpr double kSecondEmailShare = 0.15;     // another mailbox on 喜马拉雅 (phone still matches)
    // --- Activity: events per account are Lomax (shifted Pareto): median ~10, mean ~38, so
    // ~50 events per person overall; the tail reaches tens of thousands. ---
    static constexpr double kEventScale = 15.4;
    static constexpr double kEventShape = 1.4;
    static constexpr std::int64_t kMaxEvents = 90000;
    // One guaranteed power user (50k-80k events) per this many people, for profile benchmarks:
    // people 100000, 300000, 500000... (on both platforms; heavy on 得到 and 喜马拉雅 alternately).
    static constexpr std::uint64_t kPowerUserStride = 200000;
    static constexpr double kSessionMeanEvents = 6.0;
    // --- Purchases, refunds, memberships ---
    static constexpr double kOrderBase = 0.25;            // expected orders = base + k * sqrt(events)
    static constexpr double kOrderPerSqrtEvent = 0.22;
    static constexpr double kInterestShare = 0.85;        // picks that follow the person's interests
    static constexpr double kRefundShare = 0.04;          // of orders
    static constexpr double kDedaoMemberShare = 0.18;     // accounts with a VIP history
    static constexpr double kXimalayaMemberShare = 0.22;
    static constexpr double kInactiveShare = 0.03;        // closed accounts
    // --- Dirt (of accounts / orders / events / progress rows) ---
    static constexpr double kDuplicateAccountShare = 0.01; // a second account of the same person
    static constexpr double kBlankNameShare = 0.01;        // NULL, '' or blanks as the name
    static constexpr double kMalformedEmailShare = 0.004;
    static constexpr double kOrphanOrderShare = 0.003;     // order → missing user or item
    static constexpr double kOrphanEventShare = 0.002;     // event → missing user or item
    static constexpr double kNegativeAmountShare = 0.001;
    static constexpr double kOutOfRangeProgressShare = 0.003; // > 100 % / negative seconds
    // Every kShowcaseStride people, a few fixed people carry one kind of dirt each (and are on
    // both platforms with purchases), so even a 100-person demo shows every kind.
    static constexpr std::uint64_t kShowcaseStride = 1000;

    // What a platform stores about who the account belongs to, already in the platform's form.
    struct Contact
    {
        std::string name;
        bool nameNull = false;
        std::string email;
        bool emailNull = false;
        std::string phone;
        bool phoneNull = false;
    };

    DemoPopulation(std::uint64_t seed, std::uint64_t people, const DemoCatalog &catalog);

    std::uint64_t people() const { return m_people; }
    DemoPerson person(std::uint64_t index) const;
    // The person's accounts on `platform` (0, 1 or 2 with a duplicate); returns the count.
    int accounts(const DemoPerson &person, DemoCatalog::Platform platform, DemoAccount out[2]) const;
    Contact contact(const DemoPerson &person, const DemoAccount &account) const;

    std::vector<DemoOrder> orders(const DemoPerson &person, const DemoAccount &account) const;
    std::vector<DemoProgressRecord> progress(const DemoPerson &person, const DemoAccount &account,
                                             const std::vector<DemoOrder> &orders) const;
    // Fills `out` (reused between calls to avoid reallocating for heavy users), sorted by time.
    void events(const DemoPerson &person, const DemoAccount &account, const std::vector<DemoOrder> &orders,
                std::vector<DemoEvent> &out) const;
    std::vector<DemoMembership> memberships(const DemoAccount &account) const;
    std::vector<DemoConsent> consents(const DemoAccount &account) const;

    // A search keyword recorded by an event.
    const char *keyword(const DemoEvent &event) const;
    const DemoCatalog &catalog() const { return m_catalog; }
    std::uint64_t seed() const { return m_seed; }

    static DemoDirt showcaseDirt(std::uint64_t person);

private:
    std::uint32_t pickItem(const DemoPerson &person, DemoCatalog::Platform platform, class DemoRandom &rng) const;
    std::uint64_t stream(const DemoAccount &account) const;

    std::uint64_t m_seed;
    std::uint64_t m_people;
    const DemoCatalog &m_catalog;
    std::vector<double> m_subCumulative; // sub-category popularity
};
