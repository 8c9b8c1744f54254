#include "charts/serieschartwidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
double maxOf(const QList<SeriesChartWidget::Series> &series)
{
    double m = 0;
    for (const auto &s : series)
        for (double v : s.values)
            m = std::max(m, v);
    return m;
}

// A round upper bound so that axis labels are round numbers.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (v <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}
} // namespace

SeriesChartWidget::SeriesChartWidget(QWidget *parent) : QWidget(parent)
{
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(260);
    m_message->setStyleSheet(QStringLiteral("color: palette(mid); border: 1px solid palette(midlight);"));
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_view->setChart(newChart());
    m_stack->setCurrentWidget(m_message);
}

void SeriesChartWidget::setUpValueAxis(QValueAxis *axis, double max) const
{
    // Qt Charts renders the label format as Latin-1: the unit (¥) goes into the axis title.
    axis->setLabelFormat(m_valueFormat);
    axis->setTitleText(m_valueUnit);
    if (m_valueMax > 0) {
        axis->setRange(0, std::max(m_valueMax, max));
        axis->setTickCount(6);
        return;
    }
    // At least 0..4 so that whole numbers label whole ticks.
    axis->setRange(0, std::max(4.0, niceCeiling(max)));
    axis->applyNiceNumbers();
}

QChart *SeriesChartWidget::newChart()
{
    auto *chart = new QChart;
    chart->setTitle(m_title);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

void SeriesChartWidget::setTitle(const QString &title)
{
    m_title = title;
    m_view->chart()->setTitle(title);
}

void SeriesChartWidget::showLine(const QList<QDate> &days, const QList<Series> &series)
{
    m_categories.clear();
    for (const QDate &d : days)
        m_categories << d.toString(Qt::ISODate);
    m_series = series;
    QChart *chart = newChart();
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    setUpValueAxis(y, maxOf(series));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        for (int i = 0; i < days.size() && i < s.values.size(); ++i)
            line->append(double(days[i].startOfDay(Qt::UTC).toMSecsSinceEpoch()), s.values[i]);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (!days.isEmpty())
        x->setRange(days.first().startOfDay(Qt::UTC), days.last().startOfDay(Qt::UTC));
    chart->legend()->setVisible(series.size() > 1);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
}

void SeriesChartWidget::showBars(const QStringList &categories, const QList<Series> &series, Bars orientation)
{
    m_categories = categories;
    m_series = series;
    QChart *chart = newChart();
    QAbstractBarSeries *bars = orientation == Bars::Horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (const Series &s : series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            set->append(v);
        bars->append(set);
    }
    chart->addSeries(bars);
    const bool horizontal = orientation == Bars::Horizontal;
    QAbstractAxis *c = nullptr;
    if (!horizontal && categories.size() > 12) {
        // Many categories (24 months) do not fit side by side (Qt elides them to dots): label
        // every third bar on a value axis laid over the bars' positions 0..n-1.
        auto *sparse = new QCategoryAxis;
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setRange(-0.5, double(categories.size()) - 0.5);
        sparse->setStartValue(-0.5);
        const int last = int(categories.size()) - 1;
        for (int i = last % 3; i <= last; i += 3)
            sparse->append(categories[i], i);
        sparse->setGridLineVisible(false);
        c = sparse;
    } else {
        auto *axis = new QBarCategoryAxis;
        axis->append(categories);
        c = axis;
    }
    auto *v = new QValueAxis;
    setUpValueAxis(v, maxOf(series));
    chart->addAxis(c, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(v, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(c);
    bars->attachAxis(v);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Horizontal bar sets are drawn from the bottom up in each group: the legend reads top down.
    chart->legend()->setReverseMarkers(horizontal);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
}

void SeriesChartWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

bool SeriesChartWidget::hasChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString SeriesChartWidget::message() const
{
    return hasChart() ? QString() : m_message->text();
}

bool SeriesChartWidget::saveImage(const QString &path) const
{
    return m_stack->currentWidget()->grab().save(path, "PNG");
}
