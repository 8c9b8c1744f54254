#pragma once

#include "migration/migrationplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Turns a parsed JSON object into a MigrationPlan and lists every problem with its JSON path
// (lines are added by the loader through JsonLocator). Hostile values are refused here: control
// characters, over-long names, values outside the canonical vocabularies.
class MigrationPlanParser
{
    // tr() for a class that is not a QObject; the context is the class name, as lupdate assumes.
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanParser)

public:
    using Problem = QPair<QString, QString>; // place, message

    MigrationPlan parse(const QJsonObject &root);
    const QList<Problem> &problems() const { return m_problems; }

    // Why a plan text is refused (control characters, length), or empty when it is fine.
    static QString textProblem(const QString &value, int maxLength);
    // Why a category path is refused (as textProblem, plus empty levels), or empty.
    static QString categoryPathProblem(const QString &value);

private:
    void problem(const QString &place, const QString &message);
    void unknownKeys(const QJsonObject &object, const QString &place, const QStringList &known);
    QString text(const QJsonObject &object, const QString &key, const QString &place, bool required, int maxLength);
    bool checkText(const QString &value, const QString &place, int maxLength);
    bool checkCategoryPath(const QString &value, const QString &place);
    template<typename E>
    E choice(const QJsonObject &object, const QString &key, const QString &place, const QStringList &names,
             const QList<E> &values, bool required, E fallback);
    QStringList textList(const QJsonValue &value, const QString &place, int maxLength, const QStringList &vocabulary);
    std::optional<QDateTime> instant(const QJsonObject &object, const QString &key, const QString &place);

    void parseScope(const QJsonValue &value, PlanScope &scope);
    void parseEntities(const QJsonValue &value, QStringList &entities);
    void parseItems(const QJsonValue &value, PlanItems &items);

    QList<Problem> m_problems;
};
