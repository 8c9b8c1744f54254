#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Text forms of canonical values without QString or QDateTime, for the migration's hot path.
// Each gives exactly what the Qt-based code it replaces gave (tests/unit/tst_canonicaltext.cpp).
namespace CanonicalText {

// "yyyy-MM-ddTHH:mm:ssZ" of an instant in milliseconds since the epoch (seconds truncated
// toward the past, as QDateTime::toString does); false outside years 0..9999 (the caller falls
// back to QDateTime).
bool appendUtcSeconds(std::string &out, std::int64_t msSinceEpoch);
// "yyyy-MM-ddTHH:mm:ss.zzzZ" (Qt::ISODateWithMs of a UTC QDateTime); false outside years 0..9999.
bool appendUtcMillis(std::string &out, std::int64_t msSinceEpoch);

// Exact decimal normal form of money ("0199.5" -> "199.50"); nullopt when not a decimal number.
// Same rules as CanonicalHash::normalizeMoney (which handles non-ASCII input).
std::optional<std::string> normalizeMoney(std::string_view text);

// Whole number of an instant given as epoch seconds text ("1714564800.5" -> 1714564800500 ms);
// nullopt for text that is not a finite number.
std::optional<std::int64_t> epochSecondsToMs(std::string_view text);

std::optional<double> parseDouble(std::string_view text);       // finite or not; nullopt if not a number
std::optional<std::int64_t> parseInt64(std::string_view text);  // whole decimal numbers only

void appendInt(std::string &out, std::int64_t n);
// 17 significant digits, trailing zeros dropped (QString::number(d, 'g', 17)).
void appendDouble(std::string &out, double d);
// Fixed notation with `decimals` places, correctly rounded (QString::number(d, 'f', decimals)).
void appendFixed(std::string &out, double d, int decimals);

// Characters (code points) of valid UTF-8 text.
std::size_t codePoints(std::string_view utf8);

} // namespace CanonicalText
