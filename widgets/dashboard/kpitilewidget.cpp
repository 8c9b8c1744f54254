#include "dashboard/kpitilewidget.h"

#include <QLabel>
#include <QVBoxLayout>

KpiTileWidget::KpiTileWidget(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_caption = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_note);
}

void KpiTileWidget::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void KpiTileWidget::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiTileWidget::setNote(const QString &note)
{
    m_note->setText(note);
}

QString KpiTileWidget::value() const
{
    return m_value->text();
}
