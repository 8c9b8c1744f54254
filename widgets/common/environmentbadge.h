#pragma once

#include <QColor>
#include <QLabel>

// The environment of a connection (production, staging, test, development) as a small coloured
// label, shown wherever a connection appears so nobody mistakes production for a test system.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBadge(const QString &environment = {}, QWidget *parent = nullptr);

    void setEnvironment(const QString &environment);
    QString environment() const { return m_environment; }

    // production red, staging amber, test green, development (and anything else) grey.
    static QColor colorFor(const QString &environment);
    // The environment's name for people, translated.
    static QString textFor(const QString &environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_environment;
};
