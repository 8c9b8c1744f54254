#pragma once

#include "charts/profile/chartpanel.h"
#include "charts/profile/timelinebuckets.h"
#include "users/profiledata.h"

class QAreaSeries;
class QChartView;
class QDateTime;
class QDateTimeAxis;
class QLabel;
class QScatterSeries;
class QToolButton;
class QValueAxis;

// Events per day of one account, stacked by kind, with its purchases marked where they fell.
// Long ranges are drawn per week or month (the X axis title says which); zooming in (wheel,
// dragging across the chart, + and -, 0 or "Reset zoom" to go back) goes down to days.
class TimelineChartView : public ChartPanel
{
    Q_OBJECT

public:
    explicit TimelineChartView(QWidget *parent = nullptr);

    void setData(const QList<Profile::DayKindCount> &days, const QList<Profile::Purchase> &purchases);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    // What is drawn: the visible buckets and one either side, per day, week or month.
    const TimelineTable &table() const { return m_table; }
    TimelineBucket bucket() const { return m_table.bucket; }
    // One area per kind, in table().kinds order; upper minus lower is that kind's count.
    QList<QAreaSeries *> kindSeries() const { return m_areas; }
    // One marker per bucket holding purchases, on top of that bucket's stack.
    QScatterSeries *purchaseSeries() const { return m_markers; }
    QString purchaseToolTip(int markerIndex) const;
    QDate visibleFrom() const { return m_from; }
    QDate visibleTo() const { return m_to; }
    bool isZoomed() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomTo(const QDate &from, const QDate &to);

Q_SIGNALS:
    void visibleRangeChanged(const QDate &from, const QDate &to);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void zoomAround(const QDate &center, double factor);
    void applyRange();
    void rebuildSeries();
    void fitAxes();
    void axisRangeChanged(const QDateTime &min, const QDateTime &max);
    void retranslate();

    QList<Profile::DayKindCount> m_days;
    QList<Profile::Purchase> m_purchases;
    QDate m_first, m_last; // the history
    QDate m_from, m_to;    // the visible part
    TimelineTable m_table;
    QList<QList<int>> m_markerPurchases; // indexes into m_purchases, per marker
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<QAreaSeries *> m_areas;
    QScatterSeries *m_markers = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_reset = nullptr;
    bool m_applying = false;
};
