#include "demo/democatalog.h"

#include "demo/demoformat.h"
#include "demo/demomath.h"
#include "demo/demorandom.h"
#include "demo/demotaxonomy.h"
#include "demo/demoidentity.h"

#include <algorithm>
#include <cmath>

namespace {
// Popularity falls off as 1 / rank^s: a few bestsellers, a long tail.
constexpr double kZipfExponent = 1.05;
// Share of each kind among works.
constexpr double kKindWeights[] = {0.30, 0.12, 0.33, 0.17, 0.08};
// Probability that a platform carries a work of each kind: 得到 is course-first, 喜马拉雅 audio-first.
constexpr double kDedaoCarries[] = {0.92, 0.95, 0.55, 0.90, 0.85};
constexpr double kXimalayaCarries[] = {0.45, 0.55, 0.95, 0.25, 0.60};

constexpr int kLectureCounts[] = {12, 20, 24, 30, 36, 40, 50, 60};
const char *const kBookNouns[] = {"的逻辑", "简史", "的故事", "十二讲", "的智慧", "的方法", "底层逻辑", "通识", "入门", "新论"};
const char *const kAudioSuffix[] = {"精讲", "有声书", "全本演播", "解读"};
const char *const kNarrators[] = {"声音魔术师小北", "主播阿秀", "老K讲书", "夜读人林溪", "听书君", "播音员周舟"};

std::string courseTitle(DemoRandom &rng, const std::string &author, const char *subject, int lectures)
{
    const std::string surname = author.substr(0, 3); // one CJK character in UTF-8
    switch (rng.between(0, 3)) {
    case 0: return "跟" + surname + "老师学" + subject + "：" + std::to_string(lectures) + "讲";
    case 1: return std::string(subject) + "入门" + std::to_string(lectures) + "讲";
    case 2: return author + "·" + subject + "精品课";
    default: return std::string(subject) + "通识课：" + std::to_string(lectures) + "讲";
    }
}

std::string columnTitle(DemoRandom &rng, const std::string &author, const char *subject)
{
    switch (rng.between(0, 2)) {
    case 0: return author + "的" + subject + "专栏";
    case 1: return std::string(subject) + "每日一课";
    default: return std::string(subject) + "前沿 · " + author + "年度专栏";
    }
}

std::string bookName(DemoRandom &rng, const char *subject)
{
    return std::string("《") + subject + rng.pick(kBookNouns) + "》";
}
} // namespace

DemoCatalog::DemoCatalog(std::uint64_t seed, std::uint64_t users)
{
    generateWorks(seed, workCountFor(users));
    distribute(seed);
}

std::size_t DemoCatalog::workCountFor(std::uint64_t users)
{
    return static_cast<std::size_t>(std::clamp<std::uint64_t>(60 + users / 25, 200, 8000));
}

const char *DemoCatalog::dedaoKindName(Kind kind)
{
    static const char *const names[] = {"course", "column", "audiobook", "ebook", "live"};
    return names[kind];
}

const char *DemoCatalog::ximalayaKindName(Kind kind)
{
    static const char *const names[] = {"COURSE", "COLUMN", "AUDIOBOOK", "EBOOK", "LIVE"};
    return names[kind];
}

void DemoCatalog::generateWorks(std::uint64_t seed, std::size_t count)
{
    const auto &cats = DemoTaxonomy::categories();
    std::vector<double> catCumulative;
    double total = 0;
    for (const DemoCategory &c : cats)
        catCumulative.push_back(total += c.popularity);

    // Reference: works were published over the four years before the demo's reference date.
    constexpr std::int64_t kReference = DemoFormat::daysFromCivil(2025, 7, 1) * 86400 - DemoFormat::kChinaOffsetSeconds;
    m_works.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        DemoRandom rng = DemoRandom::derive(seed, 0xC0A7A106ull, i);
        Work w;
        w.kind = static_cast<Kind>(rng.pickWeighted(kKindWeights));
        w.sub = static_cast<std::uint16_t>(rng.pickCumulative(catCumulative));
        const char *subject = cats[w.sub].subjects[static_cast<std::size_t>(
            rng.between(0, static_cast<std::int64_t>(cats[w.sub].subjects.size()) - 1))];
        w.author = DemoIdentity::chineseName(rng, false);
        w.publishedAt = kReference - rng.between(1, 4 * 365) * 86400 - rng.between(0, 86399);
        switch (w.kind) {
        case Course: {
            const int lectures = rng.pick(kLectureCounts);
            w.title = courseTitle(rng, w.author, subject, lectures);
            static const int prices[] = {9900, 12900, 19900, 29900, 39900};
            w.priceFen = rng.pick(prices);
            w.durationMin = lectures * static_cast<int>(rng.between(12, 20));
            break;
        }
        case Column:
            w.title = columnTitle(rng, w.author, subject);
            w.priceFen = rng.chance(0.7) ? 19900 : (rng.chance(0.5) ? 29900 : 9900);
            w.durationMin = static_cast<int>(rng.between(1500, 6000));
            break;
        case Audiobook: {
            static const int prices[] = {990, 1990, 2990, 3990, 4990};
            w.title = bookName(rng, subject) + rng.pick(kAudioSuffix);
            w.priceFen = rng.chance(0.3) ? 0 : rng.pick(prices);
            w.durationMin = static_cast<int>(rng.between(180, 1200));
            break;
        }
        case Ebook: {
            static const int prices[] = {990, 1990, 2990, 3990, 5990};
            w.title = bookName(rng, subject);
            w.priceFen = rng.pick(prices);
            w.durationMin = 0;
            break;
        }
        default: {
            static const int prices[] = {990, 1990, 2990};
            w.title = w.author + "直播：" + subject + "答疑";
            w.priceFen = rng.chance(0.5) ? 0 : rng.pick(prices);
            w.durationMin = static_cast<int>(rng.between(60, 120));
            break;
        }
        }
        m_works.push_back(std::move(w));
    }
}

void DemoCatalog::distribute(std::uint64_t seed)
{
    const std::size_t subs = DemoTaxonomy::count();
    for (PlatformItems &p : m_platforms) {
        p.bySub.assign(subs, {});
        p.bySubCumulative.assign(subs, {});
    }
    for (std::uint32_t i = 0; i < m_works.size(); ++i) {
        const Work &w = m_works[i];
        DemoRandom rng = DemoRandom::derive(seed, 0xD157ull, i);
        bool onDedao = rng.chance(kDedaoCarries[w.kind]);
        const bool onXimalaya = rng.chance(kXimalayaCarries[w.kind]);
        if (!onDedao && !onXimalaya)
            onDedao = true; // every work lives somewhere
        const double weight = 1.0 / DemoMath::pow(static_cast<double>(i + 1), kZipfExponent);
        for (int platform = 0; platform < 2; ++platform) {
            if (!(platform == Dedao ? onDedao : onXimalaya))
                continue;
            PlatformItems &p = m_platforms[platform];
            Item item;
            item.work = i;
            item.title = w.title;
            item.priceFen = w.priceFen;
            item.totalSeconds = 0;
            if (platform == Ximalaya) {
                item.uuid = DemoFormat::uuid(DemoRandom::mix(seed, 0xA1B0ull, i, 1), DemoRandom::mix(seed, 0xA1B0ull, i, 2));
                if (w.kind == Audiobook && rng.chance(0.3))
                    item.title += "（有声版）";
                // 喜马拉雅 often sells a little cheaper, at prices ending in 9.
                if (w.priceFen > 0 && rng.chance(0.3))
                    item.priceFen = std::max(90, w.priceFen * 8 / 10 / 100 * 100 - 10);
                item.anchor = (w.kind == Audiobook && rng.chance(0.5)) ? rng.pick(kNarrators) : w.author;
                // E-books are sold with a narrated version; its length is estimated from the text.
                const int minutes = w.durationMin > 0 ? w.durationMin : static_cast<int>(rng.between(240, 900));
                item.totalSeconds = minutes * 60 + static_cast<int>(rng.between(0, 59));
            }
            const std::uint32_t index = static_cast<std::uint32_t>(p.items.size());
            p.items.push_back(std::move(item));
            p.cumulative.push_back((p.cumulative.empty() ? 0.0 : p.cumulative.back()) + weight);
            auto &subCum = p.bySubCumulative[w.sub];
            p.bySub[w.sub].push_back(index);
            subCum.push_back((subCum.empty() ? 0.0 : subCum.back()) + weight);
        }
    }
}

std::size_t DemoCatalog::pickPopular(Platform p, DemoRandom &rng) const
{
    return rng.pickCumulative(m_platforms[p].cumulative);
}

std::size_t DemoCatalog::pickInCategory(Platform p, std::size_t sub, DemoRandom &rng) const
{
    const PlatformItems &items = m_platforms[p];
    if (items.bySub[sub].empty())
        return pickPopular(p, rng);
    return items.bySub[sub][rng.pickCumulative(items.bySubCumulative[sub])];
}

const char *DemoCatalog::keyword(std::size_t sub, DemoRandom &rng) const
{
    const auto &subjects = DemoTaxonomy::categories()[sub].subjects;
    return subjects[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(subjects.size()) - 1))];
}
