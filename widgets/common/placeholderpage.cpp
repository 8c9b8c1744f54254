#include "common/placeholderpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const char *title, const char *summary,
                                 const QList<const char *> &features, QWidget *parent)
    : QWidget(parent), m_title(title), m_summary(summary), m_features(features)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);

    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
        " border-radius: 4px; padding: 6px 10px; color: palette(text); }"));

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    m_featuresLabel = new QLabel(this);
    m_featuresLabel->setWordWrap(true);
    m_featuresLabel->setTextFormat(Qt::RichText);

    layout->addWidget(m_titleLabel);
    layout->addWidget(m_statusLabel, 0, Qt::AlignLeft);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_featuresLabel);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_titleLabel->setText(tr(m_title));
    m_statusLabel->setText(tr("Not built yet. This area arrives in a later release; it shows no data until then."));
    m_summaryLabel->setText(tr(m_summary));
    QString list = QStringLiteral("<p>") + tr("What will come here:").toHtmlEscaped() + QStringLiteral("</p><ul>");
    for (const char *feature : m_features)
        list += QStringLiteral("<li style=\"margin-bottom:4px\">") + tr(feature).toHtmlEscaped() + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    m_featuresLabel->setText(list);
}
