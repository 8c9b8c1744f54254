#include "common/environmentbadge.h"

#include <QEvent>

EnvironmentBadge::EnvironmentBadge(const QString &environment, QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setEnvironment(environment);
}

void EnvironmentBadge::setEnvironment(const QString &environment)
{
    m_environment = environment;
    setText(textFor(environment));
    setToolTip(tr("Environment: %1").arg(textFor(environment)));
    const QColor bg = colorFor(environment);
    // Staging's amber needs dark text to stay readable; the others take white.
    const QString fg = environment == QLatin1String("staging") ? QStringLiteral("#2b2100") : QStringLiteral("#ffffff");
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 7px;"
                                 " padding: 1px 8px; font-weight: 600; }")
                      .arg(bg.name(), fg));
    setVisible(!environment.isEmpty());
}

QColor EnvironmentBadge::colorFor(const QString &environment)
{
    if (environment == QLatin1String("production"))
        return QColor(0xc6, 0x28, 0x28);
    if (environment == QLatin1String("staging"))
        return QColor(0xf2, 0xa9, 0x00);
    if (environment == QLatin1String("test"))
        return QColor(0x2e, 0x7d, 0x32);
    return QColor(0x75, 0x75, 0x75);
}

QString EnvironmentBadge::textFor(const QString &environment)
{
    if (environment == QLatin1String("production"))
        return tr("Production");
    if (environment == QLatin1String("staging"))
        return tr("Staging");
    if (environment == QLatin1String("test"))
        return tr("Test");
    if (environment == QLatin1String("development"))
        return tr("Development");
    return environment;
}

void EnvironmentBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setEnvironment(m_environment);
    QLabel::changeEvent(event);
}
