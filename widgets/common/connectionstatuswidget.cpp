#include "common/connectionstatuswidget.h"

#include "common/environmentbadge.h"
#include "db/connectionmanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace {
QColor stateColor(ConnectionManager::State state)
{
    switch (state) {
    case ConnectionManager::State::Connected: return QColor(0x2e, 0x9e, 0x44);
    case ConnectionManager::State::Connecting: return QColor(0xe0, 0xa1, 0x00);
    case ConnectionManager::State::Failed: return QColor(0xd0, 0x31, 0x2d);
    case ConnectionManager::State::Disconnected: break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

QIcon badgeIcon(ConnectionManager::State state, const QString &environment)
{
    // A state dot with a thin environment-coloured ring, drawn once per update.
    QPixmap pm(28, 28);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(EnvironmentBadge::colorFor(environment), 3));
    p.setBrush(stateColor(state));
    p.drawEllipse(QRectF(4, 4, 20, 20));
    return QIcon(pm);
}
} // namespace

ConnectionStatusWidget::ConnectionStatusWidget(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_emptyLabel = new QLabel(this);
    m_layout->addWidget(m_emptyLabel);
    m_layout->addStretch(1);
    connect(m_manager, &ConnectionManager::profilesChanged, this, &ConnectionStatusWidget::rebuild);
    connect(m_manager, &ConnectionManager::stateChanged, this, &ConnectionStatusWidget::updateEntry);
    rebuild();
}

void ConnectionStatusWidget::rebuild()
{
    qDeleteAll(m_entries);
    m_entries.clear();
    const QList<ConnectionProfile> profiles = m_manager->profiles();
    m_emptyLabel->setText(tr("No platform connections yet: add one under Platforms."));
    m_emptyLabel->setVisible(profiles.isEmpty());
    int index = 0;
    for (const ConnectionProfile &p : profiles) {
        auto *entry = new QToolButton(this);
        entry->setAutoRaise(true);
        entry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        entry->setIconSize(QSize(14, 14));
        const QString id = p.id;
        connect(entry, &QToolButton::clicked, this, [this, id] { Q_EMIT platformActivated(id); });
        m_layout->insertWidget(index++, entry);
        m_entries.insert(p.id, entry);
        updateEntry(p.id);
    }
}

void ConnectionStatusWidget::updateEntry(const QString &profileId)
{
    QToolButton *entry = m_entries.value(profileId);
    const auto profile = m_manager->profile(profileId);
    if (!entry || !profile)
        return;
    const ConnectionManager::Status status = m_manager->status(profileId);
    entry->setIcon(badgeIcon(status.state, profile->environment));
    entry->setText(QStringLiteral("%1 · %2").arg(profile->name, ConnectionManager::stateText(status.state)));
    QString tip = tr("%1 (%2)\n%3\nState: %4")
                      .arg(profile->name, EnvironmentBadge::textFor(profile->environment), profile->address(),
                           ConnectionManager::stateText(status.state));
    if (status.state == ConnectionManager::State::Connected && !status.serverVersion.isEmpty())
        tip += QLatin1Char('\n') + tr("Server: PostgreSQL %1%2").arg(status.serverVersion, status.tls ? tr(", TLS") : QString());
    if (status.error.isError())
        tip += QLatin1Char('\n') + status.error.message;
    entry->setToolTip(tip);
}

QString ConnectionStatusWidget::entryText(const QString &profileId) const
{
    QToolButton *entry = m_entries.value(profileId);
    return entry ? entry->text() : QString();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
