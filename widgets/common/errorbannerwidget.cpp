#include "common/errorbannerwidget.h"

#include <QEvent>

#include "common/errorpresenter.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBannerWidget::ErrorBannerWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details…"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setFixedWidth(20);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("bannerText"));
    // Room for two lines up front: a dialog that is already shown does not grow when the text wraps.
    m_label->setMinimumHeight(2 * m_label->fontMetrics().lineSpacing() + 4);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    connect(m_detailsButton, &QPushButton::clicked, this, [this] {
        ErrorPresenter::show(this, tr("Error details"), m_error);
    });
    clear();
}

void ErrorBannerWidget::showError(const DbError &error)
{
    m_error = error;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_label->setText(error.message);
    setTone(QStringLiteral("#b3261e"));
    m_detailsButton->setVisible(!ErrorPresenter::detailsText(error).isEmpty());
    setVisible(true);
}

void ErrorBannerWidget::showSuccess(const QString &text)
{
    m_error = {};
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(16, 16));
    m_label->setText(text);
    setTone(QStringLiteral("#1b7f3b"));
    m_detailsButton->setVisible(false);
    setVisible(true);
}

void ErrorBannerWidget::showInfo(const QString &text)
{
    m_error = {};
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_label->setText(text);
    setTone({});
    m_detailsButton->setVisible(false);
    setVisible(true);
}

void ErrorBannerWidget::clear()
{
    m_error = {};
    m_icon->clear();
    m_label->clear();
    m_detailsButton->setVisible(false);
}

QString ErrorBannerWidget::text() const
{
    return m_label->text();
}

void ErrorBannerWidget::setTone(const QString &color)
{
    m_label->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

void ErrorBannerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_detailsButton->setText(tr("Details…"));
    QWidget::changeEvent(event);
}
