#include "migration/canonicalhash.h"

#include "backup/backupcrypto.h"
#include "platform/canonicalschema.h"
#include "platform/canonicaltext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>


namespace {

void token(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
}

bool isReference(const QString &entity, const QString &field)
{
    return (field == QLatin1String("user_key") && entity != QLatin1String("user"))
        || (field == QLatin1String("item_key") && entity != QLatin1String("item"));
}

bool excluded(const CanonicalEntity *e, const QString &entity, const QString &field, CanonicalHash::Keys keys)
{
    if (keys == CanonicalHash::Keys::Include || !e)
        return false;
    if (keys == CanonicalHash::Keys::ExcludeOwn)
        return e->keyFields.contains(field) && !isReference(entity, field);
    const CanonicalField *f = e->field(field);
    return f && f->type == CanonicalType::Key;
}

QStringList selectFields(const QString &entity, const QStringList &present, CanonicalHash::Keys keys,
                         const QStringList &excludeFields)
{
    const CanonicalEntity *e = CanonicalSchema::entity(entity);
    QStringList names = present;
    if (e) {
        for (const CanonicalField &f : e->fields)
            names.append(f.name);
    }
    names.removeDuplicates();
    QStringList out;
    for (const QString &n : names) {
        if (!excludeFields.contains(n) && !excluded(e, entity, n, keys))
            out.append(n);
    }
    out.sort(); // QString order: by UTF-16 code units, the same on every platform
    return out;
}

std::optional<CanonicalType> typeOf(const QString &entity, const QString &field)
{
    if (const CanonicalEntity *e = CanonicalSchema::entity(entity)) {
        if (const CanonicalField *f = e->field(field))
            return f->type;
    }
    return std::nullopt;
}

QPair<char, QString> untyped(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return {'B', value.toBool() ? QStringLiteral("1") : QStringLiteral("0")};
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return {'I', value.toString()};
    case QMetaType::Double: return {'F', QString::number(value.toDouble(), 'f', CanonicalHash::kFractionDecimals)};
    case QMetaType::QDateTime: return {'T', value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))};
    default: break;
    }
    return {'S', value.toString()};
}

} // namespace

QString CanonicalHash::normalizeMoney(const QString &text)
{
    static const QRegularExpression decimal(QStringLiteral("^([+-]?)([0-9]+)(?:\\.([0-9]*))?$"));
    const auto m = decimal.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QString whole = m.captured(2);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    QString frac = m.captured(3);
    while (frac.size() > 2 && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    frac = frac.leftJustified(2, QLatin1Char('0'));
    const bool zero = whole == QLatin1String("0") && frac.count(QLatin1Char('0')) == frac.size();
    const bool negative = m.captured(1) == QLatin1String("-") && !zero;
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + frac;
}

QPair<char, QString> CanonicalHash::canonicalValue(const QString &entity, const QString &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {'N', QString()};
    const auto type = typeOf(entity, field);
    if (!type)
        return untyped(value);
    switch (*type) {
    case CanonicalType::Key:
    case CanonicalType::Text:
    case CanonicalType::Enum:
        return {'S', value.toString()};
    case CanonicalType::Timestamp: {
        QDateTime t = value.typeId() == QMetaType::QDateTime ? value.toDateTime()
                                                             : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            return {'X', value.toString()};
        return {'T', t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))};
    }
    case CanonicalType::Money: {
        // Doubles are never money here; take their shortest text so a stray double still compares.
        const QString text = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'f', 2) : value.toString();
        const QString money = normalizeMoney(text);
        return money.isEmpty() ? QPair<char, QString>{'X', value.toString()} : QPair<char, QString>{'M', money};
    }
    case CanonicalType::Fraction: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return {'X', value.toString()};
        const double scale = std::pow(10.0, kFractionDecimals);
        const double rounded = std::round(d * scale) / scale;
        return {'F', QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', kFractionDecimals)};
    }
    case CanonicalType::Seconds: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok)
            return {'X', value.toString()};
        return {'I', QString::number(n)};
    }
    case CanonicalType::Boolean: {
        if (value.typeId() == QMetaType::Bool)
            return {'B', value.toBool() ? QStringLiteral("1") : QStringLiteral("0")};
        const QString s = value.toString().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("t") || s == QLatin1String("1"))
            return {'B', QStringLiteral("1")};
        if (s == QLatin1String("false") || s == QLatin1String("f") || s == QLatin1String("0"))
            return {'B', QStringLiteral("0")};
        return {'X', value.toString()};
    }
    }
    return untyped(value);
}

QStringList CanonicalHash::fieldNames(const QString &entity, const QVariantMap &record, Keys keys,
                                      const QStringList &excludeFields)
{
    return selectFields(entity, record.keys(), keys, excludeFields);
}

QByteArray CanonicalHash::encode(const QString &entity, const QVariantMap &record, Keys keys, const QStringList &excludeFields)
{
    std::string out;
    Encoder(entity, keys, excludeFields).encode(CanonicalRecord::fromVariantMap(entity, record), out);
    return QByteArray::fromStdString(out);
}

QByteArray CanonicalHash::sha256(const QString &entity, const QVariantMap &record, Keys keys, const QStringList &excludeFields)
{
    return Encoder(entity, keys, excludeFields).sha256(CanonicalRecord::fromVariantMap(entity, record));
}

QByteArray CanonicalHash::encode(const CanonicalRecord &record, Keys keys, const QStringList &excludeFields)
{
    std::string out;
    Encoder(record.entityName(), keys, excludeFields).encode(record, out);
    return QByteArray::fromStdString(out);
}

QByteArray CanonicalHash::sha256(const CanonicalRecord &record, Keys keys, const QStringList &excludeFields)
{
    return Encoder(record.entityName(), keys, excludeFields).sha256(record);
}

CanonicalHash::Encoder::Encoder(const QString &entity, Keys keys, const QStringList &excludeFields)
    : m_entity(entity), m_keys(keys), m_exclude(excludeFields)
{
    QByteArray prefix("zqr1");
    token(prefix, entity);
    m_prefix = prefix.toStdString();
    const CanonicalEntity *e = CanonicalSchema::entity(entity);
    if (!e)
        return;
    for (const QString &name : selectFields(entity, {}, keys, excludeFields)) {
        Field f;
        f.name = name;
        f.index = e->indexOf(name);
        f.type = e->fields.at(f.index).type;
        QByteArray t;
        token(t, name);
        f.token = t.toStdString();
        m_fields.push_back(std::move(f));
    }
}

void CanonicalHash::Encoder::fix(const QString &field, const CanonicalValue &value)
{
    for (Field &f : m_fields)
        if (f.name == field) {
            f.fixed = true;
            f.fixedValue = value;
        }
}

void CanonicalHash::Encoder::appendValue(std::string &out, const Field &f, const CanonicalValue &v) const
{
    auto tok = [&out](char tag, std::string_view text) {
        out += tag;
        CanonicalText::appendInt(out, static_cast<std::int64_t>(text.size()));
        out += ':';
        out += text;
    };
    if (v.isNull()) {
        out += 'N';
        return;
    }
    if (v.isNative(f.type)) {
        switch (f.type) {
        case CanonicalType::Key:
        case CanonicalType::Text:
        case CanonicalType::Enum: tok('S', v.text); return;
        case CanonicalType::Timestamp: {
            std::string t;
            if (!CanonicalText::appendUtcSeconds(t, v.integer))
                break; // a year QDateTime formats differently: the general rule below
            tok('T', t);
            return;
        }
        case CanonicalType::Money:
            if (const auto money = CanonicalText::normalizeMoney(v.text)) {
                tok('M', *money);
                return;
            }
            break; // non-ASCII spaces and the like: the general rule decides
        case CanonicalType::Fraction: {
            if (!std::isfinite(v.real))
                break;
            const double scale = std::pow(10.0, kFractionDecimals);
            const double rounded = std::round(v.real * scale) / scale;
            std::string t;
            CanonicalText::appendFixed(t, rounded == 0.0 ? 0.0 : rounded, kFractionDecimals);
            tok('F', t);
            return;
        }
        case CanonicalType::Seconds: {
            std::string t;
            CanonicalText::appendInt(t, v.integer);
            tok('I', t);
            return;
        }
        case CanonicalType::Boolean: tok('B', v.boolean() ? "1" : "0"); return;
        }
    }
    const auto [tag, text] = canonicalValue(m_entity, f.name, v.toVariant());
    out += tag;
    if (tag != 'N') {
        const QByteArray utf8 = text.toUtf8();
        CanonicalText::appendInt(out, utf8.size());
        out += ':';
        out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    }
}

void CanonicalHash::Encoder::encode(const CanonicalRecord &record, std::string &out) const
{
    out += m_prefix;
    bool extras = false;
    for (const auto &extra : record.extras())
        extras = extras || !m_exclude.contains(extra.first);
    if (!extras) {
        for (const Field &f : m_fields) {
            out += f.token;
            appendValue(out, f, f.fixed ? f.fixedValue : record.at(f.index));
        }
        return;
    }
    // Fields the schema does not know go in name order among the others.
    QStringList present;
    for (const auto &extra : record.extras())
        present.append(extra.first);
    for (const QString &name : selectFields(m_entity, present, m_keys, m_exclude)) {
        const auto known = std::find_if(m_fields.begin(), m_fields.end(), [&](const Field &f) { return f.name == name; });
        if (known != m_fields.end()) {
            out += known->token;
            appendValue(out, *known, known->fixed ? known->fixedValue : record.at(known->index));
            continue;
        }
        QByteArray t;
        token(t, name);
        QVariant value;
        for (const auto &extra : record.extras())
            if (extra.first == name)
                value = extra.second;
        const auto [tag, text] = canonicalValue(m_entity, name, value);
        t += tag;
        if (tag != 'N')
            token(t, text);
        out.append(t.constData(), static_cast<std::size_t>(t.size()));
    }
}

bool CanonicalHash::Encoder::sha256(const CanonicalRecord &record, unsigned char *out) const
{
    thread_local std::string encoded;
    encoded.clear();
    encode(record, encoded);
    return BackupCrypto::sha256(encoded.data(), encoded.size(), out);
}

QByteArray CanonicalHash::Encoder::sha256(const CanonicalRecord &record) const
{
    std::string encoded;
    encoded.reserve(256);
    encode(record, encoded);
    QByteArray digest(BackupCrypto::kKeySize, Qt::Uninitialized);
    if (!BackupCrypto::sha256(encoded.data(), encoded.size(), reinterpret_cast<unsigned char *>(digest.data())))
        return {};
    return digest;
}

QString CanonicalHash::sha256Hex(const QString &entity, const QVariantMap &record, Keys keys, const QStringList &excludeFields)
{
    return QString::fromLatin1(sha256(entity, record, keys, excludeFields).toHex());
}

QList<CanonicalHash::FieldDiff> CanonicalHash::diff(const QString &entity, const QVariantMap &source,
                                                    const QVariantMap &target, Keys keys, const QStringList &excludeFields)
{
    QList<FieldDiff> out;
    for (const QString &name : selectFields(entity, source.keys() + target.keys(), keys, excludeFields)) {
        const auto a = canonicalValue(entity, name, source.value(name));
        const auto b = canonicalValue(entity, name, target.value(name));
        if (a == b)
            continue;
        const auto render = [](const QPair<char, QString> &v) {
            return v.first == 'N' ? QStringLiteral("null") : QString(QLatin1Char(v.first)) + QLatin1Char(':') + v.second;
        };
        out.append({name, source.value(name), target.value(name), render(a), render(b)});
    }
    return out;
}
