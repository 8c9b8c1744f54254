#include "demo/demopopulation.h"

#include "demo/demoformat.h"
#include "demo/demomath.h"
#include "demo/demoidentity.h"
#include "demo/demorandom.h"
#include "demo/demorhythm.h"
#include "demo/demotaxonomy.h"

#include <algorithm>
#include <cmath>

namespace {
// Stream tags: one independent random stream per aspect of a person or account.
enum : std::uint64_t {
    kPersonStream = 0x5E45,
    kAccountStream = 0xACC0,
    kContactStream = 0xC047,
    kVariantStream = 0x7A41,
    kOrderStream = 0x0D0D,
    kProgressStream = 0x9E09,
    kEventStream = 0xE7E7,
    kMemberStream = 0x3E3B,
    kConsentStream = 0xC0C0,
};

// Registration channel mix: 得到 is PC/web first, 喜马拉雅 is a phone app.
constexpr double kDedaoChannels[] = {0.40, 0.25, 0.20, 0.15};
constexpr double kXimalayaChannels[] = {0.05, 0.10, 0.40, 0.45};
// Share of events on the account's own registration channel (people mostly stay on one device).
constexpr double kHomeChannelShare = 0.72;
// Event kinds: view, click, play, like, favourite, comment, share (search is decided separately).
constexpr double kEventKindWeights[] = {0.33, 0.22, 0.30, 0.06, 0.04, 0.025, 0.025};
constexpr double kSearchShare = 0.08;
// Share of people registered before the 180-day window (the rest joined inside it).
constexpr double kRegisteredBeforeWindow = 0.55;
// Membership plan mix: month, year, super-VIP; and the consent mix per purpose.
constexpr double kPlanWeights[] = {0.55, 0.35, 0.10};
constexpr std::int64_t kPlanDays[] = {30, 365, 365};
constexpr double kConsentAsked = 0.92;
constexpr double kConsentAgreed[] = {0.62, 0.41, 0.78}; // migration, sharing, recommendation

constexpr std::int64_t kDay = 86400;

DemoChannel channelFrom(DemoRandom &rng, int platform)
{
    return static_cast<DemoChannel>(platform == DemoCatalog::Dedao ? rng.pickWeighted(kDedaoChannels)
                                                                   : rng.pickWeighted(kXimalayaChannels));
}

DemoChannel eventChannel(DemoRandom &rng, const DemoAccount &account)
{
    return rng.chance(kHomeChannelShare) ? account.channel : channelFrom(rng, account.platform);
}
} // namespace

DemoPopulation::DemoPopulation(std::uint64_t seed, std::uint64_t people, const DemoCatalog &catalog)
    : m_seed(seed), m_people(people), m_catalog(catalog)
{
    double total = 0;
    for (const DemoCategory &c : DemoTaxonomy::categories())
        m_subCumulative.push_back(total += c.popularity);
}

DemoDirt DemoPopulation::showcaseDirt(std::uint64_t person)
{
    switch (person % kShowcaseStride) {
    case 3: return DemoDirt::MalformedEmail;
    case 5: return DemoDirt::BlankName;
    case 7: return DemoDirt::DuplicateAccount;
    case 11: return DemoDirt::NegativeAmount;
    case 13: return DemoDirt::OrphanEvent;
    case 17: return DemoDirt::OutOfRangeProgress;
    case 19: return DemoDirt::OrphanOrder;
    default: return DemoDirt::None;
    }
}

DemoPerson DemoPopulation::person(std::uint64_t index) const
{
    DemoRandom rng = DemoRandom::derive(m_seed, kPersonStream, index);
    DemoPerson p;
    p.index = index;
    p.showcase = showcaseDirt(index);
    const double where = rng.uniform();
    const bool powerUser = index % kPowerUserStride == kPowerUserStride / 2;
    if (p.showcase != DemoDirt::None || powerUser || where < kBothPlatformsShare) {
        p.onDedao = p.onXimalaya = true;
    } else if (where < kBothPlatformsShare + kDedaoOnlyShare) {
        p.onDedao = true;
    } else {
        p.onXimalaya = true;
    }
    // Two to four interests; later ones often stay in the first one's top-level field.
    const auto &cats = DemoTaxonomy::categories();
    const int want = static_cast<int>(rng.between(2, 4));
    double cumulative = 0;
    double weight = 1.0;
    for (int attempt = 0; p.interestCount < want && attempt < 12; ++attempt) {
        std::size_t sub = rng.pickCumulative(m_subCumulative);
        if (p.interestCount > 0 && rng.chance(0.6)) {
            const std::size_t top = DemoTaxonomy::topIndex(p.interests[0]);
            std::vector<std::size_t> same;
            for (std::size_t s = 0; s < cats.size(); ++s) {
                if (DemoTaxonomy::topIndex(s) == top)
                    same.push_back(s);
            }
            sub = same[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(same.size()) - 1))];
        }
        if (std::find(p.interests, p.interests + p.interestCount, sub) != p.interests + p.interestCount)
            continue;
        p.interests[p.interestCount] = static_cast<std::uint16_t>(sub);
        cumulative += weight * (0.5 + 0.5 * rng.uniform());
        p.interestCumulative[p.interestCount] = cumulative;
        ++p.interestCount;
        weight *= 0.6;
    }
    return p;
}

std::uint64_t DemoPopulation::stream(const DemoAccount &account) const
{
    return account.platform * 2u + account.duplicate;
}

int DemoPopulation::accounts(const DemoPerson &person, DemoCatalog::Platform platform, DemoAccount out[2]) const
{
    if (!(platform == DemoCatalog::Dedao ? person.onDedao : person.onXimalaya))
        return 0;
    const std::int64_t reference = DemoRhythm::referenceTime();
    DemoAccount &a = out[0];
    a = DemoAccount{};
    a.person = person.index;
    a.platform = platform;
    DemoRandom rng = DemoRandom::derive(m_seed, kAccountStream, person.index, stream(a));
    if (rng.chance(kRegisteredBeforeWindow))
        a.registeredAt = DemoRhythm::moment(rng, DemoRhythm::windowStart() - 5 * 365 * kDay, DemoRhythm::windowStart());
    else
        a.registeredAt = DemoRhythm::moment(rng, DemoRhythm::windowStart(), reference - kDay);
    a.channel = channelFrom(rng, platform);
    a.active = !rng.chance(kInactiveShare);
    const std::uint64_t stride = kPowerUserStride;
    const bool powerUser = person.index % stride == stride / 2 && (person.index / stride) % 2 == platform;
    if (powerUser)
        a.events = rng.between(50000, 80000);
    else
        a.events = std::min<std::int64_t>(kMaxEvents, std::llround(rng.lomax(kEventScale, kEventShape)));

    const bool duplicate = rng.chance(kDuplicateAccountShare)
        || (person.showcase == DemoDirt::DuplicateAccount && platform == DemoCatalog::Dedao);
    if (!duplicate)
        return 1;
    DemoAccount &d = out[1];
    d = a;
    d.duplicate = 1;
    DemoRandom drng = DemoRandom::derive(m_seed, kAccountStream, person.index, stream(d));
    // Somebody who forgot they had an account and signed up again, then hardly used it.
    d.registeredAt = a.registeredAt + 1 + drng.between(0, std::max<std::int64_t>(1, reference - a.registeredAt - 2));
    d.channel = channelFrom(drng, platform);
    d.events = drng.between(0, 5);
    return 2;
}

DemoPopulation::Contact DemoPopulation::contact(const DemoPerson &person, const DemoAccount &account) const
{
    const DemoIdentity id = DemoIdentity::forPerson(m_seed, person.index);
    DemoRandom rng = DemoRandom::derive(m_seed, kContactStream, person.index, stream(account));
    const bool dedao = account.platform == DemoCatalog::Dedao;
    const bool both = person.onDedao && person.onXimalaya;

    // Per person (not per account), decided once: is the overlap person's contact written
    // differently, and on which side?
    DemoRandom vrng = DemoRandom::derive(m_seed, kVariantStream, person.index);
    const bool variant = both && vrng.chance(kVariantWritingShare);
    const bool variantOnDedao = vrng.chance(0.3);
    const int variantFields = static_cast<int>(vrng.between(0, 2)); // 0 email, 1 phone, 2 both
    const bool secondEmail = both && vrng.chance(kSecondEmailShare);
    const bool variantHere = (variant && variantOnDedao == dedao) || account.duplicate;

    Contact c;
    c.email = (secondEmail && !dedao) ? DemoIdentity::secondEmail(id, person.index, vrng) : id.email;
    c.emailNull = id.email.empty();
    c.phoneNull = id.phone.empty();
    if (!c.phoneNull) {
        const bool legacy = account.registeredAt < DemoFormat::daysFromCivil(2021, 1, 1) * kDay;
        c.phone = dedao ? DemoIdentity::dedaoMobile(id.phone) : DemoIdentity::ximalayaPhone(id.phone, legacy, rng);
    }
    // 喜马拉雅 keeps e-mail as typed: some people capitalise.
    if (!dedao && !c.emailNull && rng.chance(0.2))
        c.email[0] = static_cast<char>(c.email[0] >= 'a' && c.email[0] <= 'z' ? c.email[0] - 32 : c.email[0]);
    if (variantHere) {
        if (!c.emailNull && variantFields != 1)
            c.email = DemoIdentity::emailVariant(c.email, rng);
        if (!c.phoneNull && (variantFields != 0 || c.emailNull))
            c.phone = DemoIdentity::phoneVariant(id.phone, rng);
    }
    const bool showcaseHere = account.duplicate == 0 && account.platform == DemoCatalog::Dedao;
    if (!c.emailNull && (rng.chance(kMalformedEmailShare) || (showcaseHere && person.showcase == DemoDirt::MalformedEmail)))
        c.email = DemoIdentity::malformedEmail(id.email, rng);

    c.name = dedao ? id.dedaoNickname(rng) : id.ximalayaDisplayName(rng);
    if (rng.chance(kBlankNameShare) || (showcaseHere && person.showcase == DemoDirt::BlankName)) {
        switch (rng.between(0, 2)) {
        case 0: c.nameNull = true; c.name.clear(); break;
        case 1: c.name.clear(); break;
        default: c.name = "   "; break;
        }
    }
    return c;
}

std::uint32_t DemoPopulation::pickItem(const DemoPerson &person, DemoCatalog::Platform platform, DemoRandom &rng) const
{
    if (person.interestCount > 0 && rng.chance(kInterestShare)) {
        const double x = rng.uniform() * person.interestCumulative[person.interestCount - 1];
        int k = 0;
        while (k + 1 < person.interestCount && x >= person.interestCumulative[k])
            ++k;
        return static_cast<std::uint32_t>(m_catalog.pickInCategory(platform, person.interests[k], rng));
    }
    return static_cast<std::uint32_t>(m_catalog.pickPopular(platform, rng));
}

std::vector<DemoOrder> DemoPopulation::orders(const DemoPerson &person, const DemoAccount &account) const
{
    DemoRandom rng = DemoRandom::derive(m_seed, kOrderStream, person.index, stream(account));
    const auto platform = static_cast<DemoCatalog::Platform>(account.platform);
    const auto &items = m_catalog.items(platform);
    int count = std::min(150, rng.poisson(kOrderBase + kOrderPerSqrtEvent * std::sqrt(static_cast<double>(account.events))));
    const bool showcase = account.duplicate == 0
        && (person.showcase == DemoDirt::NegativeAmount || person.showcase == DemoDirt::OrphanOrder
            || person.showcase == DemoDirt::OutOfRangeProgress);
    if (showcase)
        count = std::max(count, 2);
    const std::int64_t reference = DemoRhythm::referenceTime();
    const std::int64_t from = std::max(account.registeredAt, reference - 2 * 365 * kDay);

    std::vector<DemoOrder> out;
    for (int i = 0; i < count; ++i) {
        std::uint32_t item = 0;
        bool found = false;
        for (int attempt = 0; attempt < 6 && !found; ++attempt) {
            item = pickItem(person, platform, rng);
            found = items[item].priceFen > 0
                && std::none_of(out.begin(), out.end(), [&](const DemoOrder &o) { return o.item == item; });
        }
        if (!found)
            continue;
        DemoOrder o;
        o.item = item;
        o.amountFen = items[item].priceFen;
        if (rng.chance(0.25)) // a coupon or a sale
            o.amountFen = std::max<std::int32_t>(90, o.amountFen * static_cast<std::int32_t>(rng.between(60, 90)) / 100 / 10 * 10);
        o.channel = rng.chance(0.8) ? account.channel : channelFrom(rng, account.platform);
        o.createdAt = DemoRhythm::moment(rng, from, reference);
        if (rng.chance(kRefundShare)) {
            o.refunded = true;
            o.refundedAt = std::min(reference - 1, o.createdAt + rng.between(600, 7 * kDay));
            o.refundReason = static_cast<std::uint8_t>(rng.between(0, 4));
        }
        if (rng.chance(kNegativeAmountShare) || (out.empty() && showcase && person.showcase == DemoDirt::NegativeAmount))
            o.amountFen = -o.amountFen;
        if (rng.chance(kOrphanOrderShare) || (out.empty() && showcase && person.showcase == DemoDirt::OrphanOrder)) {
            if (rng.chance(0.5))
                o.orphanUser = true;
            else
                o.orphanItem = true;
        }
        out.push_back(o);
    }
    std::stable_sort(out.begin(), out.end(), [](const DemoOrder &a, const DemoOrder &b) { return a.createdAt < b.createdAt; });
    return out;
}

std::vector<DemoProgressRecord> DemoPopulation::progress(const DemoPerson &person, const DemoAccount &account,
                                                         const std::vector<DemoOrder> &orders) const
{
    DemoRandom rng = DemoRandom::derive(m_seed, kProgressStream, person.index, stream(account));
    const auto platform = static_cast<DemoCatalog::Platform>(account.platform);
    const std::int64_t reference = DemoRhythm::referenceTime();
    std::vector<DemoProgressRecord> out;
    auto add = [&](std::uint32_t item, std::int64_t since) {
        if (std::any_of(out.begin(), out.end(), [&](const DemoProgressRecord &r) { return r.item == item; }))
            return;
        DemoProgressRecord r;
        r.item = item;
        // Many finish what they bought; of the rest most stop early.
        r.percent = rng.chance(0.3) ? 100 : static_cast<std::uint8_t>(1 + std::floor(99.0 * DemoMath::pow(std::max(rng.uniform(), 1e-12), 1.6)));
        r.updatedAt = since >= reference - 1 ? reference - 1 : DemoRhythm::moment(rng, since, reference);
        out.push_back(r);
    };
    for (const DemoOrder &o : orders) {
        if (!o.refunded && !o.orphanItem && !o.orphanUser && rng.chance(0.85))
            add(o.item, o.createdAt);
    }
    // Free items and trial lessons people started without buying.
    const int trials = rng.poisson(0.3 + 0.08 * std::sqrt(static_cast<double>(account.events)));
    const std::int64_t since = std::max(account.registeredAt, DemoRhythm::windowStart());
    for (int i = 0; i < trials; ++i)
        add(pickItem(person, platform, rng), since);
    const bool showcase = account.duplicate == 0 && person.showcase == DemoDirt::OutOfRangeProgress;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (rng.chance(kOutOfRangeProgressShare) || (i == 0 && showcase))
            out[i].outOfRange = true;
    }
    return out;
}

void DemoPopulation::events(const DemoPerson &person, const DemoAccount &account, const std::vector<DemoOrder> &orders,
                            std::vector<DemoEvent> &out) const
{
    out.clear();
    if (account.events <= 0)
        return;
    DemoRandom rng = DemoRandom::derive(m_seed, kEventStream, person.index, stream(account));
    const auto platform = static_cast<DemoCatalog::Platform>(account.platform);
    const std::int64_t reference = DemoRhythm::referenceTime();
    const std::int64_t from = std::max(account.registeredAt, DemoRhythm::windowStart());
    std::vector<std::uint32_t> owned;
    for (const DemoOrder &o : orders) {
        if (!o.orphanItem && !o.refunded)
            owned.push_back(o.item);
    }
    out.reserve(static_cast<std::size_t>(account.events));
    const bool showcase = account.duplicate == 0 && person.showcase == DemoDirt::OrphanEvent;
    while (static_cast<std::int64_t>(out.size()) < account.events) {
        std::int64_t t = DemoRhythm::moment(rng, from, reference);
        const std::int64_t length = std::min<std::int64_t>(account.events - static_cast<std::int64_t>(out.size()),
                                                           1 + rng.poisson(kSessionMeanEvents - 1));
        const DemoChannel channel = eventChannel(rng, account);
        std::uint32_t focus = pickItem(person, platform, rng);
        bool freshFocus = true; // people look at an item before they play, like or share it
        for (std::int64_t j = 0; j < length; ++j) {
            DemoEvent e;
            e.at = std::min(t, reference - 1);
            e.channel = channel;
            if (rng.chance(kSearchShare)) {
                e.kind = DemoEventKind::Search;
                const std::uint16_t sub = person.interestCount > 0 && rng.chance(0.8)
                    ? person.interests[rng.between(0, person.interestCount - 1)]
                    : static_cast<std::uint16_t>(rng.pickCumulative(m_subCumulative));
                e.keywordSub = sub;
                e.keywordPick = static_cast<std::uint8_t>(rng.between(0, 255));
            } else {
                e.kind = static_cast<DemoEventKind>(rng.pickWeighted(kEventKindWeights));
                if (e.kind == DemoEventKind::Play && !owned.empty() && rng.chance(0.6)) {
                    focus = owned[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(owned.size()) - 1))];
                } else if (rng.chance(0.3)) {
                    focus = pickItem(person, platform, rng);
                    freshFocus = true;
                }
                if (freshFocus && rng.chance(0.7))
                    e.kind = DemoEventKind::View;
                freshFocus = false;
                e.item = static_cast<std::int32_t>(focus);
            }
            if (rng.chance(kOrphanEventShare) || (out.empty() && showcase)) {
                if (e.item >= 0 && rng.chance(0.7))
                    e.orphanItem = true;
                else
                    e.orphanUser = true;
            }
            out.push_back(e);
            t += rng.between(5, 300);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DemoEvent &a, const DemoEvent &b) { return a.at < b.at; });
}

std::vector<DemoMembership> DemoPopulation::memberships(const DemoAccount &account) const
{
    DemoRandom rng = DemoRandom::derive(m_seed, kMemberStream, account.person, stream(account));
    const double share = account.platform == DemoCatalog::Dedao ? kDedaoMemberShare : kXimalayaMemberShare;
    std::vector<DemoMembership> out;
    if (account.duplicate || !rng.chance(share))
        return out;
    const std::int64_t reference = DemoRhythm::referenceTime();
    std::int64_t start = DemoRhythm::moment(rng, std::max(account.registeredAt, reference - 3 * 365 * kDay), reference);
    const int periods = static_cast<int>(rng.between(1, 3));
    for (int i = 0; i < periods && start < reference; ++i) {
        DemoMembership m;
        m.plan = static_cast<std::uint8_t>(rng.pickWeighted(kPlanWeights));
        m.start = start;
        m.end = start + kPlanDays[m.plan] * kDay;
        out.push_back(m);
        // Renewals follow on directly; some lapse for a while first.
        start = m.end + (rng.chance(0.7) ? 0 : rng.between(1, 120) * kDay);
    }
    return out;
}

std::vector<DemoConsent> DemoPopulation::consents(const DemoAccount &account) const
{
    DemoRandom rng = DemoRandom::derive(m_seed, kConsentStream, account.person, stream(account));
    const std::int64_t reference = DemoRhythm::referenceTime();
    std::vector<DemoConsent> out;
    for (std::uint8_t purpose = 0; purpose < 3; ++purpose) {
        if (!rng.chance(kConsentAsked))
            continue; // never asked: no row
        DemoConsent c;
        c.purpose = purpose;
        c.agreed = rng.chance(kConsentAgreed[purpose]);
        c.at = DemoRhythm::moment(rng, account.registeredAt, reference);
        c.evidence = static_cast<std::uint8_t>(rng.between(0, 255));
        out.push_back(c);
    }
    return out;
}

const char *DemoPopulation::keyword(const DemoEvent &event) const
{
    const auto &subjects = DemoTaxonomy::categories()[event.keywordSub].subjects;
    return subjects[event.keywordPick % subjects.size()];
}
