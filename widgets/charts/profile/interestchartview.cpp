#include "charts/profile/interestchartview.h"

#include "users/interestprofile.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChartView>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QSlider>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
QColor platformColor(int index)
{
    static const QColor colors[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x59a14f),
                                    QColor(0xe15759), QColor(0x76b7b2), QColor(0xb07aa1)};
    return colors[index % int(sizeof colors / sizeof colors[0])];
}

// One decimal is what a person reads; the bars carry the same rounded value as their label.
double percentOf(double share) { return std::round(share * 1000.0) / 10.0; }
} // namespace

InterestChartView::InterestChartView(QWidget *parent)
    : ChartPanel(parent), m_alpha(InterestProfile::kDefaultAlpha)
{
    m_barChart = new QChart;
    prepareChart(m_barChart, palette());
    m_barCategories = new QBarCategoryAxis(m_barChart);
    m_barValues = new QValueAxis(m_barChart);
    m_barValues->setLabelFormat(QStringLiteral("%d %"));
    m_barChart->addAxis(m_barCategories, Qt::AlignLeft);
    m_barChart->addAxis(m_barValues, Qt::AlignBottom);
    m_barChart->legend()->setReverseMarkers(true);
    m_barView = new QChartView(m_barChart);
    m_barView->setRenderHint(QPainter::Antialiasing);

    m_radarChart = new QPolarChart;
    prepareChart(m_radarChart, palette());
    m_spokes = new QCategoryAxis(m_radarChart);
    m_spokes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radius = new QValueAxis(m_radarChart);
    m_radius->setLabelFormat(QStringLiteral("%d %"));
    // Drawn along the first spoke: small and pale, so they do not cover the shapes.
    QFont small = m_radius->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_radius->setLabelsFont(small);
    m_radius->setLabelsColor(palette().color(QPalette::Mid));
    m_radarChart->addAxis(m_spokes, QPolarChart::PolarOrientationAngular);
    m_radarChart->addAxis(m_radius, QPolarChart::PolarOrientationRadial);
    m_radarView = new QChartView(m_radarChart);
    m_radarView->setRenderHint(QPainter::Antialiasing);

    m_charts = new QStackedWidget(this);
    m_charts->addWidget(m_barView);
    m_charts->addWidget(m_radarView);
    setBody(m_charts);

    m_barsButton = new QToolButton(this);
    m_barsButton->setObjectName(QStringLiteral("barsMode"));
    m_radarButton = new QToolButton(this);
    m_radarButton->setObjectName(QStringLiteral("radarMode"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_barsButton, m_radarButton}) {
        button->setCheckable(true);
        modes->addButton(button);
    }
    m_barsButton->setChecked(true);
    connect(m_barsButton, &QToolButton::clicked, this, [this] { setMode(Mode::Bars); });
    connect(m_radarButton, &QToolButton::clicked, this, [this] { setMode(Mode::Radar); });

    m_alphaLabel = new QLabel(QStringLiteral("α"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("alphaSlider"));
    m_slider->setRange(int(InterestProfile::kMinAlpha * 100), int(InterestProfile::kMaxAlpha * 100));
    m_slider->setFixedWidth(120);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setObjectName(QStringLiteral("alphaSpin"));
    m_spin->setRange(InterestProfile::kMinAlpha, InterestProfile::kMaxAlpha);
    m_spin->setSingleStep(0.01);
    m_spin->setDecimals(2);
    m_slider->setValue(int(std::lround(m_alpha * 100)));
    m_spin->setValue(m_alpha);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { setAlpha(value / 100.0); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &InterestChartView::setAlpha);
    for (QWidget *control : {static_cast<QWidget *>(m_alphaLabel), static_cast<QWidget *>(m_slider),
                             static_cast<QWidget *>(m_spin), static_cast<QWidget *>(m_barsButton),
                             static_cast<QWidget *>(m_radarButton)})
        addControl(control);

    retranslate();
    showEmptyState(true);
}

QChart *InterestChartView::chart() const
{
    return m_mode == Mode::Bars ? m_barChart : static_cast<QChart *>(m_radarChart);
}

void InterestChartView::setHistories(const QList<History> &histories)
{
    m_histories = histories;
    recompute();
}

void InterestChartView::setAlpha(double alpha)
{
    // Steps of 0.01, like the controls, so the slider and the spin box always agree.
    alpha = std::round(InterestProfile::clampAlpha(alpha) * 100.0) / 100.0;
    if (alpha == m_alpha)
        return;
    m_alpha = alpha;
    {
        const QSignalBlocker blockSlider(m_slider), blockSpin(m_spin);
        m_slider->setValue(int(std::lround(alpha * 100)));
        m_spin->setValue(alpha);
    }
    recompute();
    Q_EMIT alphaChanged(alpha);
}

void InterestChartView::setMode(Mode mode)
{
    (mode == Mode::Bars ? m_barsButton : m_radarButton)->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_charts->setCurrentIndex(mode == Mode::Bars ? 0 : 1);
    Q_EMIT modeChanged(mode);
}

QStringList InterestChartView::platforms() const
{
    QStringList labels;
    for (const History &history : m_histories)
        labels.append(history.first);
    return labels;
}

double InterestChartView::shownPercent(const QString &platform, const QString &category) const
{
    const int p = int(platforms().indexOf(platform));
    return p < 0 ? 0.0 : percentOf(m_shares[p].value(category));
}

void InterestChartView::recompute()
{
    m_shares.clear();
    QMap<QString, double> strength; // summed over platforms, to order the categories
    for (const History &history : m_histories) {
        m_shares.append(InterestProfile::compute(history.second, m_alpha).normalised);
        for (auto it = m_shares.last().cbegin(); it != m_shares.last().cend(); ++it)
            strength[it.key()] += it.value();
    }
    m_categories = strength.keys();
    std::stable_sort(m_categories.begin(), m_categories.end(),
                     [&strength](const QString &a, const QString &b) { return strength[a] > strength[b]; });
    rebuildBars();
    rebuildRadar();
    retranslate();
    showEmptyState(m_categories.isEmpty());
}

void InterestChartView::rebuildBars()
{
    m_barChart->removeAllSeries();
    auto *series = new QHorizontalBarSeries;
    m_bars = series;
    double top = 0;
    // Sets go in last platform first, so the first platform is on top of each group (a
    // horizontal series draws its first set at the bottom); the legend is reversed to match.
    for (int p = int(m_histories.size()) - 1; p >= 0; --p) {
        auto *set = new QBarSet(m_histories[p].first);
        set->setColor(platformColor(p));
        set->setBorderColor(platformColor(p));
        set->setLabelColor(palette().color(QPalette::Text)); // the theme writes them white, for inside the bar
        for (auto c = m_categories.crbegin(); c != m_categories.crend(); ++c) { // strongest on top
            set->append(percentOf(m_shares[p].value(*c)));
            top = std::max(top, set->at(set->count() - 1));
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connect(series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const QString category = m_categories.value(int(m_categories.size()) - 1 - index);
        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 % of the interest profile")
                                               .arg(set->label(), category, QString::number(set->at(index), 'f', 1)),
                           m_barView);
    });
    m_barChart->addSeries(series);
    series->attachAxis(m_barCategories);
    series->attachAxis(m_barValues);
    m_barValues->setRange(0, std::max(10.0, top * 1.15)); // room for the value labels
    m_barValues->applyNiceNumbers();
}

void InterestChartView::rebuildRadar()
{
    m_radarChart->removeAllSeries();
    m_radarLines.clear();
    const int n = int(m_categories.size());
    double top = 0;
    for (int p = 0; p < m_histories.size(); ++p) {
        auto *area = new QAreaSeries;
        auto *line = new QLineSeries(area);
        for (int i = 0; i <= n && n > 0; ++i) { // back to the first spoke to close the shape
            const double value = percentOf(m_shares[p].value(m_categories[i % n]));
            line->append(i, value);
            top = std::max(top, value);
        }
        area->setUpperSeries(line);
        QColor fill = platformColor(p);
        fill.setAlpha(60);
        area->setColor(fill);
        area->setBorderColor(platformColor(p));
        area->setPen(QPen(platformColor(p), 2));
        area->setName(m_histories[p].first);
        m_radarChart->addSeries(area);
        area->attachAxis(m_spokes);
        area->attachAxis(m_radius);
        m_radarLines.append(line);
    }
    m_spokes->setRange(0, std::max(1, n));
    m_radius->setRange(0, std::max(10.0, top));
    m_radius->applyNiceNumbers();
}

void InterestChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPanel::changeEvent(event);
}

void InterestChartView::retranslate()
{
    setTitle(tr("Interest profile"));
    setEmptyText(tr("No interactions with categorised items in this period"));
    setSummary(tr("Decayed interest per category, each platform adding up to 100 %; α = %1 (higher follows recent days more)")
                   .arg(QString::number(m_alpha, 'f', 2)));
    m_barsButton->setText(tr("Bars"));
    m_radarButton->setText(tr("Radar"));
    const QString alphaHelp = tr("α: how much each active day moves the profile (0.01 slow to 1.00 only the last day)");
    m_slider->setToolTip(alphaHelp);
    m_spin->setToolTip(alphaHelp);
    m_barValues->setTitleText(tr("Share of interest (%)"));

    // Category names are the platforms' own words; only the missing one is ours.
    const auto label = [](const QString &category) { return category.isEmpty() ? tr("Uncategorised") : category; };
    QStringList bottomUp;
    for (auto c = m_categories.crbegin(); c != m_categories.crend(); ++c)
        bottomUp.append(label(*c));
    m_barCategories->setCategories(bottomUp);
    for (const QString &old : m_spokes->categoriesLabels())
        m_spokes->remove(old);
    m_spokes->setStartValue(-1);
    for (int i = 0; i < m_categories.size(); ++i)
        m_spokes->append(label(m_categories[i]), i);
}
