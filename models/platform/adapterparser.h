#pragma once

#include "platform/adapter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// Turns a parsed JSON document into an Adapter and lists every structural problem (unknown
// entity, field, conversion or key; missing key; bad alias) as (place, message) pairs.
// Knows nothing about databases; AdapterCatalogCheck does that part.
class AdapterParser
{
public:
    using Problem = QPair<QString, QString>; // place, message

    Adapter parse(const QJsonObject &root);
    const QList<Problem> &problems() const { return m_problems; }

private:
    void problem(const QString &place, const QString &message);
    void unknownKeys(const QJsonObject &object, const QString &place, const QStringList &known);
    QString requiredString(const QJsonObject &object, const QString &key, const QString &place);
    QString optionalString(const QJsonObject &object, const QString &key, const QString &place);

    AdapterEntity parseEntity(const QString &name, const QJsonValue &value, const QString &place);
    void parseJoins(AdapterEntity &entity, const QJsonValue &value, const QString &place);
    void parseFields(AdapterEntity &entity, const QJsonValue &value, const QString &place);
    AdapterFieldMapping parseField(const AdapterEntity &entity, const CanonicalField &field,
                                   const QJsonValue &value, const QString &place);
    bool parseConversion(const QJsonValue &value, const QString &place, AdapterConversion *out);
    QList<AdapterMapEntry> parseMap(const QJsonValue &value, const QString &place,
                                    const CanonicalField &field, bool canonicalIsTarget);
    AdapterColumnRef parseColumnRef(const AdapterEntity &entity, const QJsonValue &value,
                                    const QString &place);
    void parseWrite(AdapterEntity &entity, const CanonicalEntity &canonical, const QJsonValue &value,
                    const QString &place);
    AdapterWriteTarget parseWriteTarget(const CanonicalEntity &canonical, const QJsonValue &value,
                                        const QString &place, bool child);
    void checkAlias(const QString &alias, const QString &place);

    QList<Problem> m_problems;
};
