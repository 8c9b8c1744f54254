#include "platform/adapterwritetext.h"

#include "platform/entitywriter.h"

#include <algorithm>

namespace {

bool oneOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

bool integerType(const QString &t)
{
    return oneOf(t, {"int2", "int4", "int8"});
}

bool numberType(const QString &t)
{
    return integerType(t) || oneOf(t, {"numeric", "float4", "float8"});
}

// Adds one to a string of decimal digits.
void increment(std::string &digits)
{
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it != '9') {
            ++*it;
            return;
        }
        *it = '0';
    }
    digits.insert(digits.begin(), '1');
}

// The column's text for a number computed in SQL as numeric and then cast to the column type.
std::optional<std::string> numberFor(const QString &type, const std::string &numeric)
{
    if (integerType(type))
        return AdapterWriteText::scaledRound(numeric, 0); // numeric -> integer rounds half away
    return numeric;
}

} // namespace

namespace AdapterWriteText {

bool supports(const AdapterWriteColumn &column, const CanonicalField &field)
{
    if (column.typeSchema != QLatin1String("pg_catalog"))
        return false; // domains and enum types: their casts are theirs
    const QString &t = column.typeName;
    switch (column.conversion) {
    case AdapterConversion::None:
    case AdapterConversion::Key:
        switch (field.type) {
        case CanonicalType::Timestamp: return oneOf(t, {"timestamptz", "timestamp"});
        case CanonicalType::Money:
        case CanonicalType::Fraction:
        case CanonicalType::Seconds: return numberType(t);
        case CanonicalType::Boolean: return t == QLatin1String("bool");
        case CanonicalType::Key:
        case CanonicalType::Text:
        case CanonicalType::Enum: return oneOf(t, {"text", "varchar", "uuid", "int2", "int4", "int8", "numeric"});
        }
        return false;
    case AdapterConversion::EpochSeconds: return field.type == CanonicalType::Timestamp && (integerType(t) || t == QLatin1String("numeric"));
    case AdapterConversion::Fen:
    case AdapterConversion::Percent: return integerType(t) || t == QLatin1String("numeric");
    case AdapterConversion::Minutes: return field.type == CanonicalType::Seconds && (integerType(t) || t == QLatin1String("numeric"));
    case AdapterConversion::ValueMap: return oneOf(t, {"text", "varchar", "uuid", "int2", "int4", "int8", "numeric", "bool"});
    case AdapterConversion::SecondsOfDuration:
    case AdapterConversion::TextPath: return false;
    }
    return false;
}

bool value(const AdapterWriteColumn &column, const CanonicalField &field, const CanonicalValue &v,
           std::optional<std::string> &out)
{
    out.reset();
    if (v.isNull())
        return true;
    if (v.kind == CanonicalValue::Kind::Other)
        return false; // a QVariant of another type: its SQL text is the SQL path's business
    const std::optional<std::string> p = EntityWriter::parameterText(v); // what the SQL receives
    if (!p)
        return true;
    const QString &type = column.typeName;
    switch (column.conversion) {
    case AdapterConversion::None:
    case AdapterConversion::Key:
        switch (field.type) {
        case CanonicalType::Timestamp:
            if (v.kind != CanonicalValue::Kind::Time || p->empty() || p->back() != 'Z')
                return false;
            // timestamptz takes the instant; timestamp the UTC wall time (p::timestamptz AT TIME ZONE 'UTC').
            out = type == QLatin1String("timestamp") ? p->substr(0, p->size() - 1) : *p;
            return true;
        case CanonicalType::Money:
        case CanonicalType::Fraction:
        case CanonicalType::Seconds:
            out = numberFor(type, *p);
            return out.has_value();
        case CanonicalType::Boolean:
            if (v.kind != CanonicalValue::Kind::Boolean)
                return false;
            out = *p;
            return true;
        case CanonicalType::Key:
        case CanonicalType::Text:
        case CanonicalType::Enum:
            out = *p; // text -> column type is the type's input, as COPY's
            return true;
        }
        return false;
    case AdapterConversion::EpochSeconds: {
        if (v.kind != CanonicalValue::Kind::Time)
            return false;
        // round(extract(epoch from p::timestamptz)): whole seconds, half away from zero.
        const std::int64_t ms = v.integer;
        const std::int64_t magnitude = ms < 0 ? -ms : ms;
        const std::int64_t seconds = (magnitude + 500) / 1000;
        out = std::to_string(ms < 0 ? -seconds : seconds);
        return true;
    }
    case AdapterConversion::Fen:
    case AdapterConversion::Percent:
        out = scaledRound(*p, 2); // round(p::numeric * 100)
        return out.has_value();
    case AdapterConversion::Minutes: {
        if (v.kind != CanonicalValue::Kind::Integer)
            return false;
        // round(p::numeric / 60), half away from zero.
        const std::int64_t n = v.integer;
        const std::int64_t magnitude = n < 0 ? -n : n;
        const std::int64_t minutes = (magnitude + 30) / 60;
        out = std::to_string(n < 0 ? -minutes : minutes);
        return true;
    }
    case AdapterConversion::ValueMap: {
        // CASE p::text WHEN from THEN to ... END: the first entry that matches, else NULL.
        const QString text = QString::fromStdString(*p);
        for (const AdapterMapEntry &e : column.map)
            if (e.from == text) {
                out = e.to.toStdString();
                return true;
            }
        return true;
    }
    case AdapterConversion::SecondsOfDuration:
    case AdapterConversion::TextPath: return false;
    }
    return false;
}

std::optional<std::string> scaledRound(std::string_view decimal, int shift)
{
    std::string_view s = decimal;
    bool negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    std::string digits;
    long exponent = shift;
    bool point = false, any = false;
    std::size_t i = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            any = true;
            if (point)
                --exponent;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    if (i < s.size()) {
        if (s[i] != 'e' && s[i] != 'E')
            return std::nullopt;
        std::string_view e = s.substr(i + 1);
        bool minus = false;
        if (!e.empty() && (e.front() == '+' || e.front() == '-')) {
            minus = e.front() == '-';
            e.remove_prefix(1);
        }
        if (e.empty() || e.size() > 6 || !std::all_of(e.begin(), e.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const long value = std::stol(std::string(e));
        exponent += minus ? -value : value;
    }
    // value = digits × 10^exponent
    std::string whole;
    if (exponent >= 0) {
        if (exponent > 40)
            return std::nullopt; // beyond any column
        whole = digits + std::string(std::size_t(exponent), '0');
    } else {
        const std::size_t drop = std::size_t(-exponent);
        bool up = false;
        if (drop >= digits.size()) {
            up = drop == digits.size() && digits.front() >= '5';
            whole = "0";
        } else {
            up = digits[digits.size() - drop] >= '5';
            whole = digits.substr(0, digits.size() - drop);
        }
        if (up)
            increment(whole);
    }
    const std::size_t first = whole.find_first_not_of('0');
    whole = first == std::string::npos ? "0" : whole.substr(first);
    if (negative && whole != "0")
        whole.insert(whole.begin(), '-');
    return whole;
}

} // namespace AdapterWriteText
