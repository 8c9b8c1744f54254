#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The canonical model every platform is read into and written from (docs/canonical-model.md).
// Field names here are the vocabulary adapter files use; nothing else defines them.

enum class CanonicalType {
    Key,       // text key; the platform's id (integer, uuid, text) rendered as text
    Text,      // free text, kept as stored (e-mail and phone are not normalised here)
    Enum,      // text restricted to CanonicalField::allowedValues
    Timestamp, // instant, QDateTime in UTC
    Money,     // yuan as exact decimal text with two places ("199.00"); currency is a separate field
    Fraction,  // 0..1 as double (dirty sources may exceed 1; readers do not clamp)
    Seconds,   // whole seconds as qlonglong
    Boolean    // bool
};

struct CanonicalField
{
    QString name;
    CanonicalType type = CanonicalType::Text;
    bool required = false;      // a readable adapter must map it
    QStringList allowedValues;  // Enum only
    QString defaultValue;       // used when the adapter does not map the field (currency: CNY)
    QString description;
};

struct CanonicalEntity
{
    QString name;                 // user, item, order, progress, event, membership, consent
    QStringList keyFields;        // canonical fields that identify one record
    QList<CanonicalField> fields;

    const CanonicalField *field(const QString &fieldName) const;
    int indexOf(const QString &fieldName) const; // position in `fields`, -1 when absent
};

class CanonicalSchema
{
public:
    static const QList<CanonicalEntity> &entities();
    static const CanonicalEntity *entity(const QString &name);
    static QStringList entityNames();
    static QString typeName(CanonicalType type);

    // Shared vocabularies.
    static QStringList channels();       // pc h5 ios android
    static QStringList eventKinds();     // view click play like favourite comment share search
    static QStringList consentPurposes(); // migration sharing recommendation
    static QStringList itemKinds();      // course column audiobook ebook live
    static QStringList orderStatuses();  // paid refunded
    static QStringList membershipTiers(); // monthly yearly premium
};
