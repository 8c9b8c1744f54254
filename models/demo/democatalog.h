#pragma once

#include <cstdint>
#include <string>
#include <vector>

class DemoRandom;

// The demo catalogue: a master list of works (course, column, audiobook, e-book, live) with
// Chinese titles and authors built from word lists; each platform carries a subset, in its own
// form. Works are generated in popularity order, so popularity is Zipf over the master index and
// consistent between the platforms (a bestseller is a bestseller on both).
class DemoCatalog
{
public:
    enum Kind : std::uint8_t { Course, Column, Audiobook, Ebook, Live, KindCount };
    enum Platform : std::uint8_t { Dedao = 0, Ximalaya = 1 };

    struct Work
    {
        Kind kind;
        std::uint16_t sub;          // DemoTaxonomy sub-category index
        std::string title;
        std::string author;
        std::int32_t priceFen;
        std::int32_t durationMin;   // 0 = unknown
        std::int64_t publishedAt;   // epoch seconds
    };

    // One work as a platform carries it.
    struct Item
    {
        std::uint32_t work;
        std::string title;          // the platform's own title
        std::int32_t priceFen;
        std::string uuid;           // 喜马拉雅 album_id (empty on 得到, whose id is index + 1)
        std::string anchor;         // 喜马拉雅 anchor_name
        std::int32_t totalSeconds;  // 喜马拉雅 total_seconds
    };

    // Catalogue size follows the population so small demos stay small: see workCountFor().
    DemoCatalog(std::uint64_t seed, std::uint64_t users);

    static std::size_t workCountFor(std::uint64_t users);
    static const char *dedaoKindName(Kind kind);    // course | column | ...
    static const char *ximalayaKindName(Kind kind); // COURSE | COLUMN | ...

    const std::vector<Work> &works() const { return m_works; }
    const std::vector<Item> &items(Platform p) const { return m_platforms[p].items; }
    const Work &workOf(Platform p, std::size_t item) const { return m_works[m_platforms[p].items[item].work]; }

    // A popular item of the platform (Zipf over popularity rank).
    std::size_t pickPopular(Platform p, DemoRandom &rng) const;
    // A popular item within sub-category `sub`, or a globally popular one if the platform has none.
    std::size_t pickInCategory(Platform p, std::size_t sub, DemoRandom &rng) const;
    // A search keyword for sub-category `sub`.
    const char *keyword(std::size_t sub, DemoRandom &rng) const;

private:
    struct PlatformItems
    {
        std::vector<Item> items;
        std::vector<double> cumulative;                   // over all items
        std::vector<std::vector<std::uint32_t>> bySub;    // item indexes per sub-category
        std::vector<std::vector<double>> bySubCumulative;
    };

    void generateWorks(std::uint64_t seed, std::size_t count);
    void distribute(std::uint64_t seed);

    std::vector<Work> m_works;
    PlatformItems m_platforms[2];
};
