#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Text forms the demo generator writes: COPY text escaping, the two platforms' time and money
// forms, and UUIDs. Calendar arithmetic is done by hand (no gmtime/localtime) so that output does
// not depend on the machine's time zone or C library.
namespace DemoFormat {

// Appends `value` escaped for COPY ... (FORMAT text): backslash, tab, newline, CR.
void appendCopyEscaped(std::string &out, std::string_view value);

// Days since 1970-01-01 for a proleptic Gregorian date, and the inverse.
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
void civilFromDays(std::int64_t days, int &y, int &m, int &d);

// China Standard Time (UTC+8, no daylight saving): both demo platforms live in it.
constexpr std::int64_t kChinaOffsetSeconds = 8 * 3600;

// "2025-06-30 21:05:09+08" for an epoch second, written in China time.
void appendTimestamptz(std::string &out, std::int64_t epochSeconds);
// "20250630" (China date) for order numbers.
void appendCompactDate(std::string &out, std::int64_t epochSeconds);
// 12345 fen -> "123.45"; negative amounts keep their sign.
void appendYuan(std::string &out, std::int64_t fen);
// A version-4-shaped UUID built from 128 generated bits.
void appendUuid(std::string &out, std::uint64_t hi, std::uint64_t lo);
std::string uuid(std::uint64_t hi, std::uint64_t lo);

// Day of week for days since epoch: 0 = Monday ... 6 = Sunday.
inline int weekday(std::int64_t days)
{
    const std::int64_t w = (days + 3) % 7; // 1970-01-01 was a Thursday
    return static_cast<int>(w < 0 ? w + 7 : w);
}

} // namespace DemoFormat
