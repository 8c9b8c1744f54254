#include "connections/platformfigureswidget.h"

#include "core/whenready.h"
#include "db/connectionmanager.h"
#include "platform/canonicalschema.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const char *captionOf(const QString &entity)
{
    if (entity == QLatin1String("user")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Users");
    if (entity == QLatin1String("item")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Items");
    if (entity == QLatin1String("order")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Orders");
    if (entity == QLatin1String("progress")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Progress records");
    if (entity == QLatin1String("event")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Events");
    if (entity == QLatin1String("membership")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Memberships");
    if (entity == QLatin1String("consent")) return QT_TRANSLATE_NOOP("PlatformFiguresWidget", "Consents");
    return "";
}
} // namespace

PlatformFiguresWidget::PlatformFiguresWidget(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    int column = 0;
    for (const QString &entity : CanonicalSchema::entityNames()) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("figure_") + entity);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.45);
        big.setBold(true);
        value->setFont(big);
        auto *caption = new QLabel(this);
        caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
        grid->addWidget(value, 0, column);
        grid->addWidget(caption, 1, column);
        m_values.insert(entity, value);
        m_captions.insert(entity, caption);
        ++column;
    }
    grid->setColumnStretch(column, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &PlatformFiguresWidget::refresh);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(grid);
    layout->addLayout(statusRow);

    connect(m_manager, &ConnectionManager::stateChanged, this, [this](const QString &id) {
        if (id != m_profileId)
            return;
        if (!m_manager->isConnected(id))
            m_cache.remove(id);
        showPlatform(id);
    });
    retranslate();
    render();
}

void PlatformFiguresWidget::showPlatform(const QString &profileId)
{
    if (profileId != m_profileId) {
        m_profileId = profileId;
        m_counting = false;
        m_error.clear();
        ++m_generation; // an answer for the previous platform is dropped
    }
    if (!m_counting && m_error.isEmpty() && !m_cache.contains(profileId) && m_manager->isConnected(profileId))
        startCounting();
    render();
}

void PlatformFiguresWidget::refresh()
{
    m_cache.remove(m_profileId);
    m_error.clear();
    m_counting = false;
    ++m_generation;
    showPlatform(m_profileId);
}

void PlatformFiguresWidget::startCounting()
{
    const auto credentials = m_manager->credentials(m_profileId);
    if (!credentials)
        return;
    m_counting = true;
    const quint64 generation = ++m_generation;
    const QString id = m_profileId;
    whenReady(PlatformFigures::start(credentials->profile, credentials->password), this,
              [this, generation, id](const Result<PlatformFigures::Counts> &counts) {
            if (generation != m_generation)
                return; // superseded
            m_counting = false;
            if (counts.ok())
                m_cache.insert(id, counts.value());
            else
                m_error = counts.error().message;
            render();
            Q_EMIT figuresShown(id);
        });
}

void PlatformFiguresWidget::render()
{
    const bool connected = !m_profileId.isEmpty() && m_manager->isConnected(m_profileId);
    const auto cached = m_cache.constFind(m_profileId);
    const QLocale locale;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (cached != m_cache.cend() && cached->contains(it.key()))
            it.value()->setText(locale.toString(cached->value(it.key())));
        else
            it.value()->setText(QStringLiteral("–"));
    }
    m_refresh->setEnabled(connected && !m_counting);
    if (!connected)
        m_status->setText(tr("Connect to see how many records this platform holds."));
    else if (m_counting)
        m_status->setText(tr("Counting records through the adapter…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The records could not be counted: %1").arg(m_error));
    else
        m_status->setText(tr("Records per canonical entity, read through the platform's adapter."));
    setVisible(!m_profileId.isEmpty());
}

QString PlatformFiguresWidget::figureText(const QString &entity) const
{
    const QLabel *label = m_values.value(entity);
    return label && label->text() != QStringLiteral("–") ? label->text() : QString();
}

void PlatformFiguresWidget::retranslate()
{
    for (auto it = m_captions.cbegin(); it != m_captions.cend(); ++it)
        it.value()->setText(tr(captionOf(it.key())));
    m_refresh->setToolTip(tr("Count again"));
}

void PlatformFiguresWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}
