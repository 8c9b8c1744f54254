#include "platform/canonicalrecord.h"

#include "platform/canonicaltext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {
const CanonicalValue kAbsent;
const CanonicalType kUnknownType = CanonicalType::Text;

// Text PostgreSQL can store and UTF-8 can carry: no NUL, no lone surrogate. Others stay QVariants,
// so the transformer still sees (and refuses) them as they are.
bool storable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0 || c.isLowSurrogate())
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        }
    }
    return true;
}
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
        if (id == QMetaType::QString && storable(value.toString()))
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
    v.other = std::make_shared<const QVariant>(value);
    return v;
}

bool CanonicalValue::isBlank() const
{
    switch (kind) {
    case Kind::Absent:
    case Kind::Null: return true;
    case Kind::Text: return text.empty();
    case Kind::Other: return other->typeId() == QMetaType::QString && other->toString().isEmpty();
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
    case Kind::Other: return *other;
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
    case Kind::Other: return *other == *o.other;
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

std::uint64_t CanonicalRecord::presenceMask() const
{
    std::uint64_t mask = 0;
    for (int i = 0; i < size() && i < 64; ++i)
        if (!at(i).isAbsent())
            mask |= std::uint64_t(1) << i;
    return mask;
}

namespace {

// Schema field positions of each entity in field-name order (JSON keys are sorted).
const std::vector<int> &sortedFields(const CanonicalEntity *entity)
{
    static const auto orders = [] {
        std::vector<std::pair<const CanonicalEntity *, std::vector<int>>> all;
        for (const CanonicalEntity &e : CanonicalSchema::entities()) {
            std::vector<int> order(static_cast<std::size_t>(e.fields.size()));
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = static_cast<int>(i);
            std::sort(order.begin(), order.end(), [&e](int a, int b) { return e.fields.at(a).name < e.fields.at(b).name; });
            all.emplace_back(&e, std::move(order));
        }
        return all;
    }();
    static const std::vector<int> none;
    for (const auto &[e, order] : orders)
        if (e == entity)
            return order;
    return none;
}

void appendJsonString(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace

std::string CanonicalRecord::toJson() const
{
    if (!m_extras.empty() || !m_entity) // rare: let Qt do it
        return QJsonDocument(QJsonObject::fromVariantMap(toVariantMap())).toJson(QJsonDocument::Compact).toStdString();
    std::string out = "{";
    for (const int i : sortedFields(m_entity)) {
        const CanonicalValue &v = at(i);
        if (v.isAbsent())
            continue;
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, m_entity->fields.at(i).name.toStdString());
        out += ':';
        switch (v.kind) {
        case CanonicalValue::Kind::Absent:
        case CanonicalValue::Kind::Null: out += "null"; break;
        case CanonicalValue::Kind::Text: appendJsonString(out, v.text); break;
        case CanonicalValue::Kind::Integer: CanonicalText::appendInt(out, v.integer); break;
        case CanonicalValue::Kind::Boolean: out += v.boolean() ? "true" : "false"; break;
        case CanonicalValue::Kind::Real:
            if (std::isfinite(v.real))
                CanonicalText::appendDouble(out, v.real);
            else
                out += "null";
            break;
        case CanonicalValue::Kind::Time: {
            std::string iso;
            if (!CanonicalText::appendUtcMillis(iso, v.integer))
                iso = v.toQString().toStdString();
            appendJsonString(out, iso);
            break;
        }
        case CanonicalValue::Kind::Other: {
            const QJsonValue j = QJsonValue::fromVariant(*v.other);
            const QByteArray doc = QJsonDocument(QJsonObject{{QStringLiteral("v"), j}}).toJson(QJsonDocument::Compact);
            out.append(doc.constData() + 5, static_cast<std::size_t>(doc.size() - 6)); // {"v":…}
            break;
        }
        }
    }
    out += '}';
    return out;
}

bool CanonicalRecord::operator==(const CanonicalRecord &o) const
{
    return m_entity == o.m_entity && m_values == o.m_values && m_extras == o.m_extras;
}
