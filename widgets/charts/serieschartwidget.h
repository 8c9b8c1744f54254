#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QValueAxis;

// One Qt Charts chart fed plain data: a line over days, or bars over categories (vertical or
// horizontal). Every Qt Charts include of the dashboard stays in this folder, so moving to
// Qt Graphs later touches this file only. Shows a message instead of the chart while loading,
// on failure or when there is nothing to draw.
class SeriesChartWidget : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QList<double> values;
    };
    enum class Bars { Vertical, Horizontal };

    explicit SeriesChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // printf-style format of the value axis labels (ASCII only, e.g. "%.0f"), and the unit
    // shown as the axis title (e.g. "¥").
    void setValueFormat(const QString &format) { m_valueFormat = format; }
    void setValueUnit(const QString &unit) { m_valueUnit = unit; }
    // A fixed top of the value axis (shares: 1 or 100); 0 = fitted to the data.
    void setValueMaximum(double max) { m_valueMax = max; }

    void showLine(const QList<QDate> &days, const QList<Series> &series);
    void showBars(const QStringList &categories, const QList<Series> &series, Bars orientation = Bars::Vertical);
    void showMessage(const QString &text);

    bool hasChart() const;
    QString message() const;
    // What is drawn (for tests and exports): the categories or ISO days, and the series.
    QStringList categories() const { return m_categories; }
    QList<Series> series() const { return m_series; }

    bool saveImage(const QString &path) const; // PNG of the chart as shown

private:
    QChart *newChart();
    void setUpValueAxis(QValueAxis *axis, double max) const;

    QString m_title;
    QString m_valueFormat = QStringLiteral("%.0f");
    QString m_valueUnit;
    double m_valueMax = 0;
    QStringList m_categories;
    QList<Series> m_series;
    QStackedLayout *m_stack;
    QChartView *m_view;
    QLabel *m_message;
};
