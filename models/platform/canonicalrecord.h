#pragma once

#include "platform/canonicalschema.h"

#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// One value of a canonical record in the engine's own form. The migration's hot path (read,
// transform, hash, load, validate) works on these instead of QVariantMaps: a field is found by
// its position in the schema, texts are UTF-8 std::strings (short ones without an allocation),
// numbers and instants are plain integers.
//
// The kind a field type normally holds ("native"): Key/Text/Enum/Money -> Text (money as exact
// decimal text), Timestamp -> Time, Fraction -> Real, Seconds -> Integer, Boolean -> Boolean.
// A value that came from a QVariant of another type keeps that QVariant (Kind::Other), so code
// that still hands the engine QVariantMaps gets exactly the QVariant rules it always had.
struct CanonicalValue
{
    enum class Kind : std::uint8_t { Absent, Null, Text, Integer, Real, Boolean, Time, Other };

    Kind kind = Kind::Absent;
    std::int64_t integer = 0; // Integer; Boolean 0/1; Time: milliseconds since the epoch, UTC
    double real = 0.0;        // Real
    std::string text;         // Text, UTF-8
    // Other: shared and never changed, so a value costs no QVariant unless it holds one.
    std::shared_ptr<const QVariant> other;

    static CanonicalValue null() { return withKind(Kind::Null); }
    static CanonicalValue ofText(std::string t)
    {
        CanonicalValue v = withKind(Kind::Text);
        v.text = std::move(t);
        return v;
    }
    static CanonicalValue ofText(std::string_view t) { return ofText(std::string(t)); }
    static CanonicalValue ofText(const QString &t) { return ofText(t.toStdString()); }
    static CanonicalValue ofInteger(std::int64_t n)
    {
        CanonicalValue v = withKind(Kind::Integer);
        v.integer = n;
        return v;
    }
    static CanonicalValue ofReal(double d)
    {
        CanonicalValue v = withKind(Kind::Real);
        v.real = d;
        return v;
    }
    static CanonicalValue ofBoolean(bool b)
    {
        CanonicalValue v = withKind(Kind::Boolean);
        v.integer = b ? 1 : 0;
        return v;
    }
    static CanonicalValue ofTimeMs(std::int64_t msSinceEpoch)
    {
        CanonicalValue v = withKind(Kind::Time);
        v.integer = msSinceEpoch;
        return v;
    }
    // A QVariant as the QVariantMap records have always held it; `type` decides what is native.
    static CanonicalValue fromVariant(const QVariant &value, CanonicalType type);

    bool isAbsent() const { return kind == Kind::Absent; }
    bool isNull() const { return kind == Kind::Null || kind == Kind::Absent; }
    // Null, absent or empty text (a required field with this is missing).
    bool isBlank() const;
    bool isNative(CanonicalType type) const;
    bool boolean() const { return integer != 0; }
    QString toQString() const;   // what QVariant::toString() gave for the same value
    QVariant toVariant() const;  // Absent/Null -> QVariant()

    bool operator==(const CanonicalValue &o) const;

private:
    static CanonicalValue withKind(Kind k)
    {
        CanonicalValue v;
        v.kind = k;
        return v;
    }
};

// A canonical record of one entity: one value per schema field, in schema order, plus (rarely)
// fields the schema does not know, kept as QVariants so nothing a caller put in is lost.
class CanonicalRecord
{
public:
    CanonicalRecord() = default;
    explicit CanonicalRecord(const CanonicalEntity *entity);

    static CanonicalRecord fromVariantMap(const QString &entity, const QVariantMap &record);
    // Present fields only (absent ones are left out, null ones are QVariant()).
    QVariantMap toVariantMap() const;

    const CanonicalEntity *entity() const { return m_entity; }
    QString entityName() const;
    int size() const { return static_cast<int>(m_values.size()); }
    CanonicalValue &at(int index) { return m_values[static_cast<std::size_t>(index)]; }
    const CanonicalValue &at(int index) const { return m_values[static_cast<std::size_t>(index)]; }
    const CanonicalType &typeAt(int index) const;

    int indexOf(const QString &field) const; // -1 when the schema has no such field
    // By name; an absent value when the record has no such field.
    const CanonicalValue &value(const QString &field) const;
    void set(const QString &field, CanonicalValue value); // unknown names go to extras
    void remove(const QString &field);                   // absent again
    bool contains(const QString &field) const;           // present (null counts)

    // Names of the present fields (schema and extras), sorted as QVariantMap keys are.
    QStringList presentFields() const;
    // Bit i set when schema field i is present: records of one entity with the same mask carry
    // the same fields (cheaper to compare than presentFields()).
    std::uint64_t presenceMask() const;
    // The present fields as one compact JSON object, keys sorted (what QJsonObject::fromVariantMap
    // of toVariantMap() holds: texts, numbers, booleans, null, instants as ISO 8601 UTC text).
    std::string toJson() const;
    const std::vector<std::pair<QString, QVariant>> &extras() const { return m_extras; }

    bool operator==(const CanonicalRecord &o) const;

private:
    const CanonicalEntity *m_entity = nullptr;
    std::vector<CanonicalValue> m_values;
    std::vector<std::pair<QString, QVariant>> m_extras;
};
