#pragma once

#include "platform/canonicalschema.h"

#include <QString>
#include <QStringList>

// The fixed vocabulary of conversions an adapter file may name. Each is implemented here, in
// code, for both directions; adapter files never carry SQL text.
enum class AdapterConversion {
    None,              // value as stored (type must already fit the canonical field)
    Key,               // integer/uuid/text id <-> text key
    EpochSeconds,      // bigint epoch seconds <-> timestamptz
    Fen,               // integer fen <-> numeric yuan
    Percent,           // 0..100 <-> fraction 0..1
    Minutes,           // minutes <-> seconds
    SecondsOfDuration, // seconds listened / duration column -> fraction (read only)
    TextPath,          // several text columns joined with '/' (read only)
    ValueMap           // platform value <-> canonical value, both directions listed in the file
};

namespace AdapterConversions {
QString name(AdapterConversion c);
bool fromName(const QString &name, AdapterConversion *out);
QStringList names();
bool isWritable(AdapterConversion c); // has an inverse
// Whether the conversion can produce a canonical field of type t.
bool fitsField(AdapterConversion c, CanonicalType t);
// Whether a column of this PostgreSQL type (typname, typcategory) can be converted to/from t.
bool acceptsColumnType(AdapterConversion c, CanonicalType t, const QString &typeName,
                       const QString &typeCategory);
// The column types acceptsColumnType allows, in words, for problem messages.
QString expectedColumnTypes(AdapterConversion c, CanonicalType t);
}
