#pragma once

#include "charts/profile/chartpanel.h"
#include "users/profiledata.h"

#include <QMap>
#include <QPair>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChartView;
class QDoubleSpinBox;
class QLineSeries;
class QPolarChart;
class QSlider;
class QStackedWidget;
class QToolButton;
class QValueAxis;

// The decayed interest profile (InterestProfile) of one person, one set per platform so the
// platforms can be compared: bars, or a radar when the shape matters more than the numbers.
// Shows the normalised weights in percent (each platform sums to 100 %). alpha is the view's
// own: changing it recomputes from the histories already given, without asking the database.
class InterestChartView : public ChartPanel
{
    Q_OBJECT

public:
    enum class Mode { Bars, Radar };
    using History = QPair<QString, QList<Profile::DayCategoryCount>>; // platform label, steps

    explicit InterestChartView(QWidget *parent = nullptr);

    void setHistories(const QList<History> &histories);

    double alpha() const { return m_alpha; }
    Mode mode() const { return m_mode; }

    QChart *chart() const; // the one shown
    QChart *barChart() const { return m_barChart; }
    QPolarChart *radarChart() const { return m_radarChart; }
    // One set per platform, last platform first (drawn bottom-up); values bottom-up too.
    QAbstractBarSeries *barSeries() const { return m_bars; }
    QList<QLineSeries *> radarLines() const { return m_radarLines; } // one closed line per platform
    // Categories in the order of the radar's spokes (strongest first); the bar axis lists them
    // bottom-up, so the strongest is on top.
    QStringList categories() const { return m_categories; }
    QStringList platforms() const;
    // Percent shown for a platform and category.
    double shownPercent(const QString &platform, const QString &category) const;

public Q_SLOTS:
    void setAlpha(double alpha);
    void setMode(Mode mode);

Q_SIGNALS:
    void alphaChanged(double alpha);
    void modeChanged(Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void rebuildBars();
    void rebuildRadar();
    void retranslate();

    QList<History> m_histories;
    QList<QMap<QString, double>> m_shares; // normalised, per history
    QStringList m_categories;
    double m_alpha;
    Mode m_mode = Mode::Bars;

    QStackedWidget *m_charts = nullptr;
    QChart *m_barChart = nullptr;
    QPolarChart *m_radarChart = nullptr;
    QChartView *m_barView = nullptr;
    QChartView *m_radarView = nullptr;
    QAbstractBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_barCategories = nullptr;
    QValueAxis *m_barValues = nullptr;
    QCategoryAxis *m_spokes = nullptr;
    QValueAxis *m_radius = nullptr;
    QList<QLineSeries *> m_radarLines;

    QToolButton *m_barsButton = nullptr;
    QToolButton *m_radarButton = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
    QLabel *m_alphaLabel = nullptr;
};
