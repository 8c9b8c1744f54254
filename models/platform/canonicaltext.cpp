#include "platform/canonicaltext.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace {

// Days since 1970-01-01 -> civil date (proleptic Gregorian), after H. Hinnant's days_from_civil.
void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

void two(std::string &out, unsigned n)
{
    out += static_cast<char>('0' + n / 10);
    out += static_cast<char>('0' + n % 10);
}

bool appendDateTime(std::string &out, std::int64_t ms, bool millis)
{
    const std::int64_t seconds = floorDiv(ms, 1000);
    const std::int64_t days = floorDiv(seconds, 86400);
    const auto secondOfDay = static_cast<unsigned>(seconds - days * 86400);
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 0 || y > 9999)
        return false;
    const auto year = static_cast<unsigned>(y);
    out += static_cast<char>('0' + year / 1000);
    out += static_cast<char>('0' + year / 100 % 10);
    two(out, year % 100);
    out += '-';
    two(out, m);
    out += '-';
    two(out, d);
    out += 'T';
    two(out, secondOfDay / 3600);
    out += ':';
    two(out, secondOfDay / 60 % 60);
    out += ':';
    two(out, secondOfDay % 60);
    if (millis) {
        const auto milli = static_cast<unsigned>(ms - seconds * 1000);
        out += '.';
        out += static_cast<char>('0' + milli / 100);
        two(out, milli % 100);
    }
    out += 'Z';
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

namespace CanonicalText {

bool appendUtcSeconds(std::string &out, std::int64_t msSinceEpoch)
{
    return appendDateTime(out, msSinceEpoch, false);
}

bool appendUtcMillis(std::string &out, std::int64_t msSinceEpoch)
{
    return appendDateTime(out, msSinceEpoch, true);
}

std::optional<std::string> normalizeMoney(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const std::size_t point = text.find('.');
    std::string_view whole = text.substr(0, point);
    std::string_view frac = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    if (whole.empty())
        return std::nullopt;
    for (std::string_view part : {whole, frac})
        for (char c : part)
            if (c < '0' || c > '9')
                return std::nullopt;
    while (whole.size() > 1 && whole.front() == '0')
        whole.remove_prefix(1);
    while (frac.size() > 2 && frac.back() == '0')
        frac.remove_suffix(1);
    std::string out;
    out.reserve(whole.size() + 4);
    bool zero = whole == "0";
    for (char c : frac)
        zero = zero && c == '0';
    if (negative && !zero)
        out += '-';
    out += whole;
    out += '.';
    out += frac;
    while (out.size() - out.find('.') - 1 < 2)
        out += '0';
    return out;
}

std::optional<double> parseDouble(std::string_view text)
{
    double d = 0;
    const char *end = text.data() + text.size();
    const char *begin = text.data();
    if (begin != end && *begin == '+')
        ++begin;
    const auto r = std::from_chars(begin, end, d);
    if (r.ec != std::errc() || r.ptr != end || begin == end)
        return std::nullopt;
    return d;
}

std::optional<std::int64_t> parseInt64(std::string_view text)
{
    std::int64_t n = 0;
    const char *end = text.data() + text.size();
    const char *begin = text.data();
    if (begin != end && *begin == '+')
        ++begin;
    const auto r = std::from_chars(begin, end, n);
    if (r.ec != std::errc() || r.ptr != end || begin == end)
        return std::nullopt;
    return n;
}

std::optional<std::int64_t> epochSecondsToMs(std::string_view text)
{
    const std::optional<double> seconds = parseDouble(text);
    if (!seconds || !std::isfinite(*seconds))
        return std::nullopt;
    return std::llround(*seconds * 1000.0);
}

void appendInt(std::string &out, std::int64_t n)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr);
}

void appendDouble(std::string &out, double d)
{
    if (d == 0.0)
        d = 0.0;
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", d);
    out.append(buf, static_cast<std::size_t>(n));
}

void appendFixed(std::string &out, double d, int decimals)
{
    if (d == 0.0)
        d = 0.0; // no "-0.000000", as QString::number
    char buf[400];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, decimals);
    if (r.ec == std::errc()) {
        out.append(buf, r.ptr);
        return;
    }
    const int n = std::snprintf(buf, sizeof buf, "%.*f", decimals, d);
    out.append(buf, static_cast<std::size_t>(n > 0 ? n : 0));
}

std::size_t codePoints(std::string_view utf8)
{
    std::size_t n = 0;
    for (unsigned char c : utf8)
        n += (c & 0xC0) != 0x80;
    return n;
}

} // namespace CanonicalText
