#include "charts/profile/chartpanel.h"

#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QPainter>
#include <QStackedWidget>
#include <QVBoxLayout>

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_summary->setWordWrap(true); // long summaries must not widen the panel

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    m_controls = new QHBoxLayout;
    m_controls->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addLayout(m_controls);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setBody(QWidget *body)
{
    m_body = body;
    m_stack->addWidget(body);
}

void ChartPanel::addControl(QWidget *control)
{
    m_controls->addWidget(control, 0, Qt::AlignTop);
}

QString ChartPanel::title() const { return m_title->text(); }
QString ChartPanel::summary() const { return m_summary->text(); }
void ChartPanel::setTitle(const QString &title) { m_title->setText(title); }
void ChartPanel::setSummary(const QString &summary) { m_summary->setText(summary); }
void ChartPanel::setEmptyText(const QString &text) { m_empty->setText(text); }
QString ChartPanel::emptyText() const { return m_empty->text(); }
bool ChartPanel::isEmptyStateShown() const { return m_stack->currentWidget() == m_empty; }

void ChartPanel::showEmptyState(bool empty)
{
    m_stack->setCurrentWidget(empty || !m_body ? static_cast<QWidget *>(m_empty) : m_body);
}

QImage ChartPanel::renderImage()
{
    if (!isVisible() && !testAttribute(Qt::WA_Resized))
        resize(800, 450); // never shown nor sized: a 1600 x 900 picture
    if (layout())
        layout()->activate();
    // Charts place legends, axis titles and labels in posted layout requests: a chart changed
    // just before the export would otherwise be drawn with the old layout.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const qreal ratio = 2.0;
    QImage image(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    // Child by child rather than the whole panel, so the controls stay out of the picture.
    for (QWidget *part : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_summary), m_stack->currentWidget()})
        part->render(&painter, part->mapTo(this, QPoint(0, 0)), QRegion(), QWidget::DrawChildren);
    return image;
}

bool ChartPanel::exportPng(const QString &path, QString *error)
{
    const QImage image = renderImage();
    QImageWriter writer(path, "png");
    if (writer.write(image))
        return true;
    if (error)
        *error = tr("The chart could not be saved as %1: %2").arg(path, writer.errorString());
    return false;
}

void ChartPanel::prepareChart(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
}
