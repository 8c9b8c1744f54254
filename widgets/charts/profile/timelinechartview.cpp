#include "charts/profile/timelinechartview.h"

#include "charts/profile/profilelabels.h"
#include "charts/profile/timelinepurchases.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

qreal msecs(const QDate &day) { return qreal(day.startOfDay().toMSecsSinceEpoch()); }

QColor kindColor(int index)
{
    static const QColor colors[] = {QColor(0x4e79a7), QColor(0xa0cbe8), QColor(0x59a14f), QColor(0x8cd17d),
                                    QColor(0xf28e2b), QColor(0xffbe7d), QColor(0xb07aa1), QColor(0xd4a6c8)};
    constexpr int count = int(sizeof colors / sizeof colors[0]);
    return index < count ? colors[index] : QColor(0x9d9d9d).darker(100 + 15 * (index - count));
}
} // namespace

TimelineChartView::TimelineChartView(QWidget *parent) : ChartPanel(parent)
{
    m_chart = new QChart;
    prepareChart(m_chart, palette());
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    connect(m_axisX, &QDateTimeAxis::rangeChanged, this, &TimelineChartView::axisRangeChanged);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("timelineChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::HorizontalRubberBand); // drag across to zoom, right-click out
    m_view->viewport()->installEventFilter(this);
    setBody(m_view);
    setFocusPolicy(Qt::StrongFocus);

    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("resetZoom"));
    connect(m_reset, &QToolButton::clicked, this, &TimelineChartView::resetZoom);
    addControl(m_hint);
    addControl(m_reset);
    retranslate();
    showEmptyState(true);
}

void TimelineChartView::setData(const QList<Profile::DayKindCount> &days, const QList<Profile::Purchase> &purchases)
{
    m_days = days;
    m_purchases = purchases;
    m_first = m_last = QDate();
    const auto extend = [this](const QDate &day) {
        if (!day.isValid())
            return;
        m_first = !m_first.isValid() || day < m_first ? day : m_first;
        m_last = !m_last.isValid() || day > m_last ? day : m_last;
    };
    for (const auto &row : m_days) {
        if (row.count > 0)
            extend(row.day);
    }
    for (const auto &purchase : m_purchases)
        extend(purchase.orderedAt.date());
    m_table = TimelineTable();
    showEmptyState(!m_first.isValid());
    resetZoom();
}

bool TimelineChartView::isZoomed() const
{
    return m_first.isValid() && (m_from > m_first || m_to < m_last);
}

void TimelineChartView::zoomIn() { zoomAround(m_from.addDays(m_from.daysTo(m_to) / 2), 1 / 1.5); }
void TimelineChartView::zoomOut() { zoomAround(m_from.addDays(m_from.daysTo(m_to) / 2), 1.5); }

void TimelineChartView::resetZoom()
{
    m_from = m_first;
    m_to = m_last;
    applyRange();
}

void TimelineChartView::zoomTo(const QDate &from, const QDate &to)
{
    if (!m_first.isValid() || !from.isValid() || !to.isValid())
        return;
    std::tie(m_from, m_to) = TimelineBuckets::clampRange({m_first, m_last}, from, to);
    applyRange();
}

void TimelineChartView::zoomAround(const QDate &center, double factor)
{
    if (!m_first.isValid())
        return;
    std::tie(m_from, m_to) = TimelineBuckets::zoomRange({m_first, m_last}, {m_from, m_to}, center, factor);
    applyRange();
}

void TimelineChartView::applyRange()
{
    // Replacing series makes the axes fit the new data: that is not a zoom by the person.
    m_applying = true;
    if (m_first.isValid()) {
        // Only the visible buckets and a margin (the areas reach the edges, and fitAxes may
        // stretch the axis to whole ticks): drawing two years of days to show a month of them
        // took a quarter of a second per frame.
        const qint64 span = m_from.daysTo(m_to) + 1;
        const TimelineBucket bucket = TimelineBuckets::choose(span);
        const QDate from = std::max(m_first, TimelineBuckets::startOf(m_from, bucket).addDays(-1));
        const QDate to = std::min(m_last, TimelineBuckets::next(m_to.addDays(span / 2), bucket));
        if (m_table.starts.isEmpty() || bucket != m_table.bucket
            || TimelineBuckets::startOf(from, bucket) != m_table.starts.first()
            || TimelineBuckets::startOf(to, bucket) != m_table.starts.last()) {
            m_table = TimelineBuckets::aggregate(m_days, bucket, from, to);
            rebuildSeries();
        }
        fitAxes();
    }
    m_applying = false;
    m_reset->setEnabled(isZoomed());
    retranslate();
    Q_EMIT visibleRangeChanged(m_from, m_to);
}

void TimelineChartView::rebuildSeries()
{
    m_chart->removeAllSeries(); // deletes them
    m_areas.clear();
    m_markers = nullptr;
    m_markerPurchases.clear();

    QList<qint64> below(m_table.starts.size(), 0);
    for (int k = 0; k < m_table.kinds.size(); ++k) {
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        QList<QPointF> top, bottom;
        for (int b = 0; b < m_table.starts.size(); ++b) {
            const qreal x = msecs(m_table.starts[b]);
            bottom.append(QPointF(x, qreal(below[b])));
            below[b] += m_table.counts[k][b];
            top.append(QPointF(x, qreal(below[b])));
        }
        upper->replace(top);
        lower->replace(bottom);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setColor(kindColor(k));
        area->setBorderColor(kindColor(k).darker(125));
        area->setPointsVisible(m_table.starts.size() < 3); // one bucket has no area to fill
        m_chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_areas.append(area);
    }

    m_markers = new QScatterSeries;
    m_markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_markers->setMarkerSize(12);
    m_markers->setColor(QColor(0xd62728));
    m_markers->setBorderColor(Qt::white);
    const QMap<int, QList<int>> byBucket = TimelinePurchases::byBucket(m_table, m_purchases);
    for (auto it = byBucket.cbegin(); it != byBucket.cend(); ++it) {
        m_markers->append(msecs(m_table.starts[it.key()]), qreal(m_table.total(it.key())));
        m_markerPurchases.append(it.value());
    }
    connect(m_markers, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = m_markers->points();
        int nearest = -1;
        for (int i = 0; i < points.size(); ++i) {
            if (nearest < 0 || std::abs(points[i].x() - point.x()) < std::abs(points[nearest].x() - point.x()))
                nearest = i;
        }
        QToolTip::showText(QCursor::pos(), purchaseToolTip(nearest), m_view);
    });
    m_chart->addSeries(m_markers);
    m_markers->attachAxis(m_axisX);
    m_markers->attachAxis(m_axisY);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_markers))
        marker->setShape(QLegend::MarkerShapeFromSeries); // a triangle, like on the chart
}

void TimelineChartView::fitAxes()
{
    const QScopedValueRollback<bool> applying(m_applying, true); // our own range, not a zoom
    QDate from = TimelineBuckets::startOf(m_from, m_table.bucket);
    QDate to = TimelineBuckets::startOf(m_to, m_table.bucket);
    if (from == to) { // a single point still needs an axis around it
        from = from.addDays(-1);
        to = to.addDays(1);
    }
    // Ticks on whole days (whole weeks when drawn per week): stretch the axis to a multiple of
    // the tick step rather than label 2024-05-03 08:00 as a day.
    const int ticks = std::clamp(width() / 130, 3, 12);
    const qint64 unit = m_table.bucket == TimelineBucket::Week ? 7 : 1;
    if (m_table.bucket != TimelineBucket::Month) {
        const qint64 units = std::max<qint64>(1, from.daysTo(to) / unit);
        const qint64 step = (units + ticks - 2) / (ticks - 1);
        const int used = int(std::min<qint64>(ticks - 1, (units + step - 1) / step));
        to = from.addDays(step * used * unit);
        m_axisX->setTickCount(used + 1);
    } else {
        m_axisX->setTickCount(ticks);
    }
    m_axisX->setRange(from.startOfDay(), to.startOfDay());
    m_axisX->setFormat(m_table.bucket == TimelineBucket::Month || from.daysTo(to) > 500 ? QStringLiteral("yyyy-MM")
                                                                                          : QStringLiteral("yyyy-MM-dd"));
    qint64 top = 1;
    for (int b = 0; b < m_table.starts.size(); ++b) {
        if (m_table.starts[b] >= from && m_table.starts[b] <= to)
            top = std::max(top, m_table.total(b));
    }
    m_axisY->setRange(0, double(top) * 1.08); // room for the purchase markers on the highest bar
    m_axisY->setTickCount(5);
    m_axisY->applyNiceNumbers();
}

void TimelineChartView::axisRangeChanged(const QDateTime &min, const QDateTime &max)
{
    if (m_applying || !m_first.isValid())
        return;
    // QChartView zoomed (rubber band, right-click). Re-bucket once it has finished.
    const QDate from = min.date(), to = max.date();
    QMetaObject::invokeMethod(this, [this, from, to] { zoomTo(from, to); }, Qt::QueuedConnection);
}

QString TimelineChartView::purchaseToolTip(int markerIndex) const
{
    if (markerIndex < 0 || markerIndex >= m_markerPurchases.size())
        return QString();
    return TimelinePurchases::toolTip(m_purchases, m_markerPurchases[markerIndex]);
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: resetZoom(); return;
    }
    ChartPanel::keyPressEvent(event);
}

bool TimelineChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel && m_first.isValid()) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPointF value = m_chart->mapToValue(m_chart->mapFromScene(m_view->mapToScene(wheel->position().toPoint())));
        QDate center = QDateTime::fromMSecsSinceEpoch(qint64(value.x())).date();
        center = std::clamp(center, m_from, m_to);
        const int delta = wheel->angleDelta().y();
        if (delta != 0)
            zoomAround(center, delta > 0 ? 1 / 1.25 : 1.25);
        return true;
    }
    return ChartPanel::eventFilter(watched, event);
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    ChartPanel::resizeEvent(event);
    if (m_first.isValid())
        fitAxes(); // the number of date labels that fit (~110 px each) changed
}

void TimelineChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPanel::changeEvent(event);
}

void TimelineChartView::retranslate()
{
    setTitle(tr("Behaviour over time"));
    setEmptyText(tr("No events in this period"));
    m_hint->setText(tr("Wheel or drag to zoom, right-click to zoom out"));
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Show the whole history (0)"));
    switch (m_table.bucket) {
    case TimelineBucket::Day: m_axisX->setTitleText(tr("Day")); break;
    case TimelineBucket::Week: m_axisX->setTitleText(tr("Week (daily events added up; zoom in for days)")); break;
    case TimelineBucket::Month: m_axisX->setTitleText(tr("Month (daily events added up; zoom in for weeks and days)")); break;
    }
    m_axisY->setTitleText(tr("Events"));
    for (int k = 0; k < m_areas.size(); ++k)
        m_areas[k]->setName(ProfileLabels::eventKind(m_table.kinds.value(k)));
    if (m_markers)
        m_markers->setName(tr("Purchases"));
    qint64 events = 0;
    for (const auto &row : m_days)
        events += std::max<qint64>(0, row.count);
    if (m_first.isValid())
        setSummary(tr("Events: %1 · purchases: %2 · %3 to %4")
                       .arg(ProfileLabels::count(events), ProfileLabels::count(m_purchases.size()),
                            m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate)));
    else
        setSummary(QString());
}
