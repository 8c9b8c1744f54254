#include "charts/profile/heatmapgrid.h"

#include "charts/profile/profilelabels.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <climits>

namespace {
// A sequential blue scale: light for few events, dark for many.
const QColor kLow(0xdeebf7);
const QColor kMid(0x6baed6);
const QColor kHigh(0x08306b);

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

constexpr int kScaleHeight = 12;
} // namespace

HeatmapGrid::HeatmapGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatmapGrid"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void HeatmapGrid::setHeatmap(const Profile::Heatmap &heatmap)
{
    m_heatmap = heatmap;
    m_max = 0;
    for (const auto &day : m_heatmap)
        m_max = std::max(m_max, *std::max_element(day.cbegin(), day.cend()));
    update();
}

QSize HeatmapGrid::sizeHint() const { return QSize(760, 300); }
QSize HeatmapGrid::minimumSizeHint() const { return QSize(420, 200); }

QRect HeatmapGrid::gridRect() const
{
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (int d = 0; d < 7; ++d)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(ProfileLabels::weekdayShort(d)));
    const int left = labelWidth + 16;
    const int top = fm.height() + 8;
    const int bottom = kScaleHeight + 2 * fm.height() + 20; // the scale and its labels
    // Whole pixels per cell, so the grid lines are crisp.
    const int cellW = std::max(4, (width() - left - 12) / 24);
    const int cellH = std::max(4, std::min((height() - top - bottom) / 7, cellW));
    return QRect(left, top, cellW * 24, cellH * 7);
}

QRect HeatmapGrid::cellRect(int weekday, int hour) const
{
    const QRect grid = gridRect();
    const int w = grid.width() / 24, h = grid.height() / 7;
    return QRect(grid.left() + hour * w, grid.top() + weekday * h, w, h);
}

QRect HeatmapGrid::scaleRect() const
{
    const QRect grid = gridRect();
    const int width = std::min(grid.width(), 320);
    return QRect(grid.right() - width + 1, grid.bottom() + 14, width, kScaleHeight);
}

QColor HeatmapGrid::colorFor(qint64 count) const
{
    if (count <= 0 || m_max <= 0)
        return palette().color(QPalette::AlternateBase);
    const double t = double(count) / double(m_max);
    return t < 0.5 ? mix(kLow, kMid, t * 2) : mix(kMid, kHigh, (t - 0.5) * 2);
}

QString HeatmapGrid::toolTipAt(const QPoint &pos) const
{
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            if (cellRect(d, h).contains(pos)) {
                const qint64 count = m_heatmap[d][h];
                return tr("%1, %2:00–%3:00: %n event(s)", nullptr, int(std::min<qint64>(count, INT_MAX)))
                    .arg(ProfileLabels::weekday(d))
                    .arg(h, 2, 10, QLatin1Char('0'))
                    .arg(h + 1, 2, 10, QLatin1Char('0'));
            }
        }
    }
    return QString();
}

bool HeatmapGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this, cellRect(0, 0));
        return true;
    }
    return QWidget::event(event);
}

void HeatmapGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect grid = gridRect();
    const QColor text = palette().color(QPalette::Text);
    const QColor line = palette().color(QPalette::Base);
    painter.setPen(text);

    for (int d = 0; d < 7; ++d) {
        const QRect row = cellRect(d, 0);
        painter.drawText(QRect(0, row.top(), grid.left() - 8, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         ProfileLabels::weekdayShort(d));
    }
    const int every = grid.width() / 24 >= fontMetrics().horizontalAdvance(QStringLiteral("00")) + 6 ? 1 : 3;
    for (int h = 0; h < 24; h += every) {
        const QRect cell = cellRect(0, h);
        painter.drawText(QRect(cell.left(), 0, cell.width(), grid.top() - 4), Qt::AlignHCenter | Qt::AlignBottom,
                         QString::number(h));
    }
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const QRect cell = cellRect(d, h);
            painter.fillRect(cell, colorFor(m_heatmap[d][h]));
            painter.setPen(line); // thin gaps between the cells
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
        }
    }

    // The colour scale: linear from 1 to the busiest slot.
    const QRect scale = scaleRect();
    QLinearGradient gradient(scale.topLeft(), scale.topRight());
    gradient.setColorAt(0, kLow);
    gradient.setColorAt(0.5, kMid);
    gradient.setColorAt(1, kHigh);
    painter.fillRect(scale, gradient);
    const QRect none(scale.left() - 2 * kScaleHeight - 6 - fontMetrics().horizontalAdvance(tr("none")), scale.top(),
                     kScaleHeight, kScaleHeight);
    painter.fillRect(none, colorFor(0));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(none.adjusted(0, 0, -1, -1));
    painter.setPen(text);
    const int labelTop = scale.bottom() + 3, labelHeight = fontMetrics().height();
    painter.drawText(QRect(none.right() + 4, scale.top() - 2, scale.left() - none.right(), kScaleHeight + 4),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("none"));
    painter.drawText(QRect(scale.left(), labelTop, scale.width() / 2, labelHeight), Qt::AlignLeft, QStringLiteral("1"));
    painter.drawText(QRect(scale.left() + scale.width() / 2, labelTop, scale.width() / 2, labelHeight), Qt::AlignRight,
                     ProfileLabels::count(std::max<qint64>(m_max, 1)));
    painter.drawText(QRect(grid.left(), scale.top() - 2, scale.left() - grid.left() - 100, kScaleHeight + labelHeight + 6),
                     Qt::AlignLeft | Qt::AlignTop, tr("Events per hour slot over the whole period"));
}
