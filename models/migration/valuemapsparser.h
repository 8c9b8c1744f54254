#pragma once

#include "migration/valuemaps.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Parses a plan's "maps" section (category, event_kind, membership_plan) into ValueMaps, listing
// every problem with its JSON path. Part of MigrationPlanParser, kept apart to keep files small.
class ValueMapsParser
{
    // tr() for a class that is not a QObject; the context is the class name, as lupdate assumes.
    Q_DECLARE_TR_FUNCTIONS(ValueMapsParser)

public:
    using Problem = QPair<QString, QString>; // place, message

    ValueMaps parse(const QJsonValue &value, const QString &place);
    const QList<Problem> &problems() const { return m_problems; }

private:
    void problem(const QString &place, const QString &message) { m_problems.append({place, message}); }
    void parseMap(const QJsonValue &value, ValueMaps::Kind kind, ValueMap &map, const QString &place);
    bool checkSource(ValueMaps::Kind kind, const QString &value, const QString &place);
    std::optional<QVariantMap> target(const QJsonValue &value, ValueMaps::Kind kind, const QString &place, bool allowNull);
    std::optional<QString> code(const QJsonObject &o, const QString &key, const QString &place, const QStringList &vocabulary);

    QList<Problem> m_problems;
};
