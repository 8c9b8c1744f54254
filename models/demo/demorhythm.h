#pragma once

#include <cstdint>

class DemoRandom;

// When people use the platforms: the demo's fixed reference date (never the clock, so a seed
// always gives the same data), the 180-day behaviour window before it, and a weekly rhythm in
// China time: lunchtime and evening peaks on weekdays, later and flatter mornings at weekends.
class DemoRhythm
{
public:
    // 2025-07-01 00:00 China time.
    static std::int64_t referenceTime();
    static constexpr int kWindowDays = 180;
    static std::int64_t windowStart() { return referenceTime() - std::int64_t(kWindowDays) * 86400; }

    // A moment in [from, to) following the rhythm (uniform fallback for very short spans).
    static std::int64_t moment(DemoRandom &rng, std::int64_t from, std::int64_t to);
};
