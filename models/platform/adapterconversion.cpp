#include "platform/adapterconversion.h"

#include <QCoreApplication>

namespace {

struct NamedConversion
{
    AdapterConversion conversion;
    const char *name;
};

constexpr NamedConversion kConversions[] = {
    {AdapterConversion::None, "none"},
    {AdapterConversion::Key, "key"},
    {AdapterConversion::EpochSeconds, "epoch_seconds"},
    {AdapterConversion::Fen, "fen"},
    {AdapterConversion::Percent, "percent"},
    {AdapterConversion::Minutes, "minutes"},
    {AdapterConversion::SecondsOfDuration, "seconds_of_duration"},
    {AdapterConversion::TextPath, "text_path"},
    {AdapterConversion::ValueMap, "value_map"},
};

// pg_type.typcategory letters (see the PostgreSQL catalog documentation).
bool isNumeric(const QString &category) { return category == QLatin1String("N"); }
bool isString(const QString &category) { return category == QLatin1String("S"); }
bool isUuid(const QString &typeName) { return typeName == QLatin1String("uuid"); }
bool isDateTime(const QString &typeName)
{
    return typeName == QLatin1String("timestamptz") || typeName == QLatin1String("timestamp")
        || typeName == QLatin1String("date");
}

} // namespace

namespace AdapterConversions {

QString name(AdapterConversion c)
{
    for (const NamedConversion &n : kConversions) {
        if (n.conversion == c)
            return QString::fromLatin1(n.name);
    }
    return {};
}

bool fromName(const QString &text, AdapterConversion *out)
{
    for (const NamedConversion &n : kConversions) {
        if (text == QLatin1String(n.name)) {
            *out = n.conversion;
            return true;
        }
    }
    return false;
}

QStringList names()
{
    QStringList all;
    for (const NamedConversion &n : kConversions)
        all.append(QString::fromLatin1(n.name));
    return all;
}

bool isWritable(AdapterConversion c)
{
    // A fraction of a duration held in another table, and a path assembled from a taxonomy,
    // cannot be split back into columns of one row; adapters write seconds and category_key.
    return c != AdapterConversion::SecondsOfDuration && c != AdapterConversion::TextPath;
}

bool fitsField(AdapterConversion c, CanonicalType t)
{
    using T = CanonicalType;
    switch (c) {
    case AdapterConversion::None: return true;
    case AdapterConversion::Key: return t == T::Key || t == T::Text;
    case AdapterConversion::EpochSeconds: return t == T::Timestamp;
    case AdapterConversion::Fen: return t == T::Money;
    case AdapterConversion::Percent: return t == T::Fraction;
    case AdapterConversion::Minutes: return t == T::Seconds;
    case AdapterConversion::SecondsOfDuration: return t == T::Fraction;
    case AdapterConversion::TextPath: return t == T::Text || t == T::Key;
    case AdapterConversion::ValueMap: return t == T::Enum || t == T::Boolean || t == T::Text || t == T::Key;
    }
    return false;
}

bool acceptsColumnType(AdapterConversion c, CanonicalType t, const QString &typeName, const QString &category)
{
    using T = CanonicalType;
    switch (c) {
    case AdapterConversion::None:
        switch (t) {
        case T::Key: return isNumeric(category) || isString(category) || isUuid(typeName);
        case T::Text:
        case T::Enum: return isString(category);
        case T::Timestamp: return isDateTime(typeName);
        case T::Money:
        case T::Fraction:
        case T::Seconds: return isNumeric(category);
        case T::Boolean: return typeName == QLatin1String("bool");
        }
        return false;
    case AdapterConversion::Key: return isNumeric(category) || isString(category) || isUuid(typeName);
    case AdapterConversion::EpochSeconds:
    case AdapterConversion::Fen:
    case AdapterConversion::Percent:
    case AdapterConversion::Minutes:
    case AdapterConversion::SecondsOfDuration: return isNumeric(category);
    case AdapterConversion::TextPath: return isString(category);
    case AdapterConversion::ValueMap: return !category.isEmpty() && category != QLatin1String("A")
                                             && category != QLatin1String("C"); // not arrays or composites
    }
    return false;
}

QString expectedColumnTypes(AdapterConversion c, CanonicalType t)
{
    using T = CanonicalType;
    const QString numeric = QCoreApplication::translate("AdapterConversions", "a number type (integer, numeric)");
    const QString text = QCoreApplication::translate("AdapterConversions", "a text type (text, varchar)");
    const QString keyTypes = QCoreApplication::translate("AdapterConversions", "an integer, uuid or text type");
    switch (c) {
    case AdapterConversion::None:
        switch (t) {
        case T::Key: return keyTypes;
        case T::Text:
        case T::Enum: return text;
        case T::Timestamp: return QCoreApplication::translate("AdapterConversions", "timestamptz, timestamp or date");
        case T::Money:
        case T::Fraction:
        case T::Seconds: return numeric;
        case T::Boolean: return QCoreApplication::translate("AdapterConversions", "boolean");
        }
        return {};
    case AdapterConversion::Key: return keyTypes;
    case AdapterConversion::TextPath: return text;
    case AdapterConversion::ValueMap: return QCoreApplication::translate("AdapterConversions", "a scalar type");
    default: return numeric;
    }
}

} // namespace AdapterConversions
