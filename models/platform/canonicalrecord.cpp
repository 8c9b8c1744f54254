#include "platform/canonicalrecord.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {
const CanonicalValue kAbsent;
const CanonicalType kUnknownType = CanonicalType::Text;
} // namespace

CanonicalValue CanonicalValue::fromVariant(const QVariant &value, CanonicalType type)
{
    if (!value.isValid() || value.isNull())
        return null();
    const int id = value.typeId();
    switch (type) {
    case CanonicalType::Key:
    case CanonicalType::Text:
    case CanonicalType::Enum:
    case CanonicalType::Money:
        if (id == QMetaType::QString)
            return ofText(value.toString());
        break;
    case CanonicalType::Timestamp:
        if (id == QMetaType::QDateTime) {
            const QDateTime t = value.toDateTime();
            if (t.isValid())
                return ofTimeMs(t.toMSecsSinceEpoch());
        }
        break;
    case CanonicalType::Fraction:
        if (id == QMetaType::Double)
            return ofReal(value.toDouble());
        break;
    case CanonicalType::Seconds:
        if (id == QMetaType::LongLong || id == QMetaType::Int || id == QMetaType::UInt)
            return ofInteger(value.toLongLong());
        break;
    case CanonicalType::Boolean:
        if (id == QMetaType::Bool)
            return ofBoolean(value.toBool());
        break;
    }
    CanonicalValue v = withKind(Kind::Other);
    v.other = value;
    return v;
}

bool CanonicalValue::isBlank() const
{
    switch (kind) {
    case Kind::Absent:
    case Kind::Null: return true;
    case Kind::Text: return text.empty();
    case Kind::Other: return other.typeId() == QMetaType::QString && other.toString().isEmpty();
    default: return false;
    }
}

bool CanonicalValue::isNative(CanonicalType type) const
{
    switch (type) {
    case CanonicalType::Key:
    case CanonicalType::Text:
    case CanonicalType::Enum:
    case CanonicalType::Money: return kind == Kind::Text;
    case CanonicalType::Timestamp: return kind == Kind::Time;
    case CanonicalType::Fraction: return kind == Kind::Real;
    case CanonicalType::Seconds: return kind == Kind::Integer;
    case CanonicalType::Boolean: return kind == Kind::Boolean;
    }
    return false;
}

QVariant CanonicalValue::toVariant() const
{
    switch (kind) {
    case Kind::Absent:
    case Kind::Null: return QVariant();
    case Kind::Text: return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    case Kind::Integer: return QVariant(qlonglong(integer));
    case Kind::Real: return QVariant(real);
    case Kind::Boolean: return QVariant(integer != 0);
    case Kind::Time: return QDateTime::fromMSecsSinceEpoch(integer, QTimeZone::utc());
    case Kind::Other: return other;
    }
    return QVariant();
}

QString CanonicalValue::toQString() const
{
    if (kind == Kind::Text)
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (kind == Kind::Integer)
        return QString::number(integer);
    return toVariant().toString();
}

bool CanonicalValue::operator==(const CanonicalValue &o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::Absent:
    case Kind::Null: return true;
    case Kind::Text: return text == o.text;
    case Kind::Integer:
    case Kind::Boolean:
    case Kind::Time: return integer == o.integer;
    case Kind::Real: return real == o.real;
    case Kind::Other: return other == o.other;
    }
    return false;
}

CanonicalRecord::CanonicalRecord(const CanonicalEntity *entity)
    : m_entity(entity), m_values(entity ? static_cast<std::size_t>(entity->fields.size()) : 0)
{
}

CanonicalRecord CanonicalRecord::fromVariantMap(const QString &entity, const QVariantMap &record)
{
    CanonicalRecord out(CanonicalSchema::entity(entity));
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        const int i = out.indexOf(it.key());
        if (i >= 0)
            out.at(i) = CanonicalValue::fromVariant(it.value(), out.typeAt(i));
        else
            out.m_extras.emplace_back(it.key(), it.value());
    }
    return out;
}

QVariantMap CanonicalRecord::toVariantMap() const
{
    QVariantMap out;
    for (int i = 0; i < size(); ++i)
        if (!at(i).isAbsent())
            out.insert(m_entity->fields.at(i).name, at(i).toVariant());
    for (const auto &[name, value] : m_extras)
        out.insert(name, value);
    return out;
}

QString CanonicalRecord::entityName() const
{
    return m_entity ? m_entity->name : QString();
}

const CanonicalType &CanonicalRecord::typeAt(int index) const
{
    return m_entity ? m_entity->fields.at(index).type : kUnknownType;
}

int CanonicalRecord::indexOf(const QString &field) const
{
    return m_entity ? m_entity->indexOf(field) : -1;
}

const CanonicalValue &CanonicalRecord::value(const QString &field) const
{
    const int i = indexOf(field);
    return i >= 0 ? at(i) : kAbsent;
}

void CanonicalRecord::set(const QString &field, CanonicalValue value)
{
    const int i = indexOf(field);
    if (i >= 0) {
        at(i) = std::move(value);
        return;
    }
    for (auto &extra : m_extras)
        if (extra.first == field) {
            extra.second = value.toVariant();
            return;
        }
    m_extras.emplace_back(field, value.toVariant());
}

void CanonicalRecord::remove(const QString &field)
{
    const int i = indexOf(field);
    if (i >= 0) {
        at(i) = CanonicalValue();
        return;
    }
    m_extras.erase(std::remove_if(m_extras.begin(), m_extras.end(), [&](const auto &e) { return e.first == field; }),
                   m_extras.end());
}

bool CanonicalRecord::contains(const QString &field) const
{
    const int i = indexOf(field);
    if (i >= 0)
        return !at(i).isAbsent();
    return std::any_of(m_extras.begin(), m_extras.end(), [&](const auto &e) { return e.first == field; });
}

QStringList CanonicalRecord::presentFields() const
{
    QStringList out;
    for (int i = 0; i < size(); ++i)
        if (!at(i).isAbsent())
            out.append(m_entity->fields.at(i).name);
    for (const auto &extra : m_extras)
        out.append(extra.first);
    out.sort();
    return out;
}

bool CanonicalRecord::operator==(const CanonicalRecord &o) const
{
    return m_entity == o.m_entity && m_values == o.m_values && m_extras == o.m_extras;
}
