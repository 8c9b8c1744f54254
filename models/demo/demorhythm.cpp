#include "demo/demorhythm.h"

#include "demo/demoformat.h"
#include "demo/demorandom.h"

namespace {
// Relative activity per hour of day, China time. Weekdays: commute, lunch (12-13) and the evening
// peak (20-22); weekends: a late morning and a long evening.
constexpr double kWeekdayHours[24] = {1.0, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2.2, 3.0, 2.2, 1.8, 2.2,
                                      4.0, 4.2, 2.4, 2.0, 2.1, 2.4, 3.0, 4.0, 5.5, 6.5, 6.0, 3.5};
constexpr double kWeekendHours[24] = {1.6, 1.0, 0.6, 0.3, 0.2, 0.2, 0.4, 0.9, 2.0, 3.6, 4.2, 4.0,
                                      3.8, 3.6, 3.4, 3.4, 3.5, 3.6, 3.5, 4.2, 5.4, 6.0, 5.6, 3.8};
// Weekend days carry more listening and learning than weekdays.
constexpr double kWeekendDayWeight = 1.35;
} // namespace

std::int64_t DemoRhythm::referenceTime()
{
    return DemoFormat::daysFromCivil(2025, 7, 1) * 86400 - DemoFormat::kChinaOffsetSeconds;
}

std::int64_t DemoRhythm::moment(DemoRandom &rng, std::int64_t from, std::int64_t to)
{
    if (to - from < 2 * 86400)
        return from + rng.between(0, to > from ? to - from - 1 : 0);
    const std::int64_t off = DemoFormat::kChinaOffsetSeconds;
    const std::int64_t firstDay = (from + off) / 86400;
    const std::int64_t lastDay = (to + off - 1) / 86400;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::int64_t day = rng.between(firstDay, lastDay);
        const bool weekend = DemoFormat::weekday(day) >= 5;
        if (!weekend && !rng.chance(1.0 / kWeekendDayWeight))
            continue; // rejection sampling gives weekend days their extra weight
        const std::size_t hour = weekend ? rng.pickWeighted(kWeekendHours) : rng.pickWeighted(kWeekdayHours);
        const std::int64_t t = day * 86400 - off + static_cast<std::int64_t>(hour) * 3600 + rng.between(0, 3599);
        if (t >= from && t < to)
            return t;
    }
    return from + rng.between(0, to - from - 1);
}
