#pragma once

#include <cstdint>

// Plain records the demo population produces, in canonical terms; the platform writers turn them
// into each platform's own rows. Small on purpose: a heavy user has tens of thousands of events.

// Channel order used everywhere in the generator: pc, h5, ios, android.
enum class DemoChannel : std::uint8_t { Pc, H5, Ios, Android };

enum class DemoEventKind : std::uint8_t { View, Click, Play, Like, Favourite, Comment, Share, Search };

// A dirty record kind shown at least once even in tiny demos (see DemoPopulation::showcaseDirt).
enum class DemoDirt : std::uint8_t {
    None,
    MalformedEmail,
    BlankName,
    DuplicateAccount,
    NegativeAmount,
    OrphanEvent,
    OutOfRangeProgress,
    OrphanOrder,
};

struct DemoPerson
{
    std::uint64_t index = 0;
    bool onDedao = false;
    bool onXimalaya = false;
    std::uint8_t interestCount = 0;
    std::uint16_t interests[4] = {};   // DemoTaxonomy sub-categories
    double interestCumulative[4] = {}; // cumulative weights over interests
    DemoDirt showcase = DemoDirt::None;
};

struct DemoAccount
{
    std::uint64_t person = 0;
    std::uint8_t platform = 0;     // DemoCatalog::Platform
    std::uint8_t duplicate = 0;    // 0 = the person's account, 1 = a second (duplicate) one
    std::int64_t registeredAt = 0; // epoch seconds
    DemoChannel channel = DemoChannel::Pc;
    bool active = true;
    std::int64_t events = 0;       // behaviour events to generate
};

struct DemoOrder
{
    std::uint32_t item = 0;
    std::int32_t amountFen = 0;
    DemoChannel channel = DemoChannel::Pc;
    std::int64_t createdAt = 0;
    bool refunded = false;
    std::int64_t refundedAt = 0;
    std::uint8_t refundReason = 0;
    bool orphanUser = false;       // points at a user that does not exist
    bool orphanItem = false;       // points at an item that does not exist
};

struct DemoProgressRecord
{
    std::uint32_t item = 0;
    std::uint8_t percent = 0;      // 0..100
    bool outOfRange = false;       // dirty: > 100 % on 得到, negative seconds on 喜马拉雅
    std::int64_t updatedAt = 0;
};

struct DemoEvent
{
    std::int64_t at = 0;
    std::int32_t item = -1;        // -1 = no item (searches)
    DemoEventKind kind = DemoEventKind::View;
    DemoChannel channel = DemoChannel::Pc;
    std::uint16_t keywordSub = 0;  // with keywordPick: which search keyword
    std::uint8_t keywordPick = 0;
    bool orphanUser = false;
    bool orphanItem = false;
};

struct DemoMembership
{
    std::uint8_t plan = 0;         // 0 month, 1 year, 2 super-VIP
    std::int64_t start = 0;
    std::int64_t end = 0;
};

struct DemoConsent
{
    std::uint8_t purpose = 0;      // 0 migration, 1 sharing, 2 recommendation
    bool agreed = false;
    std::int64_t at = 0;
    std::uint8_t evidence = 0;     // index into the platform's evidence texts
};
