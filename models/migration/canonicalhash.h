#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include "platform/canonicalrecord.h"

#include <string>
#include <vector>

// A canonical, typed, unambiguous encoding of one canonical record and its SHA-256. The ledger,
// the validator and backup checks hash records with it, so two records hash equally exactly when
// they carry the same content: the same instant in any time zone, 199 and 199.00 yuan, but never
// a null and an empty text.
//
// Encoding (version "zqr1"): "zqr1" tok(entity) then, per field in name order,
//   tok(name) tag [tok(value)]
// where tok(s) = decimal UTF-8 byte length ':' bytes, and tag is one byte: N null (no value),
// S text/key/enum, T timestamp (UTC "yyyy-MM-ddTHH:mm:ssZ"), M money (exact decimal, at least two
// places, no leading zeros or plus), F fraction (fixed 6 places), I whole seconds, B boolean
// ("1"/"0"), X a value that does not parse as its type (kept verbatim, so it never matches a
// well-formed one). Length prefixes make the encoding unambiguous whatever the texts contain.
// For a known entity every schema field is encoded (absent = null); unknown fields are added.
class CanonicalHash
{
public:
    enum class Keys {
        Include,    // every field
        ExcludeOwn, // leave out the entity's own key fields that are not references to users/items
        ExcludeAll  // leave out every key-typed field (ids differ between platforms)
    };

    struct FieldDiff
    {
        QString field;
        QVariant source;
        QVariant target;
        QString sourceText; // canonical rendering (tag:value), for reports
        QString targetText;
    };

    static constexpr int kFractionDecimals = 6;

    // The field order and selection for one entity worked out once, so records of it encode and
    // hash without building QStrings (the migration's hot path). Same bytes as encode().
    class Encoder
    {
    public:
        explicit Encoder(const QString &entity, Keys keys = Keys::Include, const QStringList &excludeFields = {});
        // The field is encoded with `value` whatever the record holds (a field the target does
        // not store: null or its default).
        void fix(const QString &field, const CanonicalValue &value);
        void encode(const CanonicalRecord &record, std::string &out) const;
        QByteArray sha256(const CanonicalRecord &record) const; // 32 raw bytes
        bool sha256(const CanonicalRecord &record, unsigned char *out) const; // into 32 bytes, no allocation

    private:
        struct Field
        {
            QString name;
            int index = -1; // in the schema
            std::string token; // tok(name)
            CanonicalType type = CanonicalType::Text;
            bool fixed = false;
            CanonicalValue fixedValue;
        };
        void appendValue(std::string &out, const Field &f, const CanonicalValue &v) const;

        QString m_entity;
        Keys m_keys;
        QStringList m_exclude;
        std::string m_prefix; // "zqr1" tok(entity)
        std::vector<Field> m_fields; // sorted by name
    };

    static QByteArray encode(const QString &entity, const QVariantMap &record, Keys keys = Keys::Include,
                             const QStringList &excludeFields = {});
    static QByteArray encode(const CanonicalRecord &record, Keys keys = Keys::Include, const QStringList &excludeFields = {});
    static QByteArray sha256(const CanonicalRecord &record, Keys keys = Keys::Include, const QStringList &excludeFields = {});
    static QByteArray sha256(const QString &entity, const QVariantMap &record, Keys keys = Keys::Include,
                             const QStringList &excludeFields = {}); // 32 raw bytes
    static QString sha256Hex(const QString &entity, const QVariantMap &record, Keys keys = Keys::Include,
                             const QStringList &excludeFields = {});

    // One value's canonical form: tag character and text (empty text for null).
    static QPair<char, QString> canonicalValue(const QString &entity, const QString &field, const QVariant &value);

    // Fields whose canonical values differ, in field name order (same field selection as encode).
    static QList<FieldDiff> diff(const QString &entity, const QVariantMap &source, const QVariantMap &target,
                                 Keys keys = Keys::Include, const QStringList &excludeFields = {});

    // Exact decimal normal form ("199" -> "199.00", "0199.5" -> "199.50", "-0" -> "0.00"); empty
    // when the text is not a decimal number.
    static QString normalizeMoney(const QString &text);

    // Field names encode() covers for this entity and record, sorted.
    static QStringList fieldNames(const QString &entity, const QVariantMap &record, Keys keys,
                                  const QStringList &excludeFields);
};
