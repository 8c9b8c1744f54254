#include "demo/demoformat.h"

namespace DemoFormat {

namespace {
void appendDigits(std::string &out, std::int64_t value, int width)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out += buf[--n];
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
} // namespace

void appendCopyEscaped(std::string &out, std::string_view value)
{
    for (char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

void civilFromDays(std::int64_t days, int &y, int &m, int &d)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

void appendTimestamptz(std::string &out, std::int64_t epochSeconds)
{
    const std::int64_t local = epochSeconds + kChinaOffsetSeconds;
    const std::int64_t days = floorDiv(local, 86400);
    const std::int64_t secs = local - days * 86400;
    int y, m, d;
    civilFromDays(days, y, m, d);
    appendDigits(out, y, 4);
    out += '-';
    appendDigits(out, m, 2);
    out += '-';
    appendDigits(out, d, 2);
    out += ' ';
    appendDigits(out, secs / 3600, 2);
    out += ':';
    appendDigits(out, secs / 60 % 60, 2);
    out += ':';
    appendDigits(out, secs % 60, 2);
    out += "+08";
}

void appendCompactDate(std::string &out, std::int64_t epochSeconds)
{
    int y, m, d;
    civilFromDays(floorDiv(epochSeconds + kChinaOffsetSeconds, 86400), y, m, d);
    appendDigits(out, y, 4);
    appendDigits(out, m, 2);
    appendDigits(out, d, 2);
}

void appendYuan(std::string &out, std::int64_t fen)
{
    if (fen < 0) {
        out += '-';
        fen = -fen;
    }
    appendDigits(out, fen / 100, 1);
    out += '.';
    appendDigits(out, fen % 100, 2);
}

void appendUuid(std::string &out, std::uint64_t hi, std::uint64_t lo)
{
    hi = (hi & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull; // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    auto put = [&](std::uint64_t v, int fromNibble, int count) {
        for (int i = 0; i < count; ++i)
            out += hex[(v >> (4 * (fromNibble - i))) & 0xF];
    };
    put(hi, 15, 8);
    out += '-';
    put(hi, 7, 4);
    out += '-';
    put(hi, 3, 4);
    out += '-';
    put(lo, 15, 4);
    out += '-';
    put(lo, 11, 12);
}

std::string uuid(std::uint64_t hi, std::uint64_t lo)
{
    std::string s;
    s.reserve(36);
    appendUuid(s, hi, lo);
    return s;
}

} // namespace DemoFormat
