#include "charts/profile/channelsplitview.h"

#include "charts/profile/profilelabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
int rank(const QString &channel)
{
    static const QStringList order = {QStringLiteral("pc"), QStringLiteral("h5"), QStringLiteral("ios"),
                                      QStringLiteral("android")};
    const int known = int(order.indexOf(channel));
    return known >= 0 ? known : channel.isEmpty() ? 6 : 5;
}

double percent(qint64 part, qint64 whole) { return whole > 0 ? std::round(1000.0 * double(part) / double(whole)) / 10.0 : 0.0; }
} // namespace

ChannelSplitView::ChannelSplitView(QWidget *parent) : ChartPanel(parent)
{
    m_chart = new QChart;
    prepareChart(m_chart, palette());
    m_channelAxis = new QBarCategoryAxis(m_chart);
    m_shareAxis = new QValueAxis(m_chart);
    m_shareAxis->setLabelFormat(QStringLiteral("%d %"));
    m_chart->addAxis(m_channelAxis, Qt::AlignLeft);
    m_chart->addAxis(m_shareAxis, Qt::AlignBottom);
    m_chart->legend()->setReverseMarkers(true);
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    setBody(view);
    rebuild();
    showEmptyState(true);
}

void ChannelSplitView::setChannels(const QList<Profile::ChannelCount> &channels)
{
    // Rows of the same channel (two spellings canonicalised to one) are added up.
    QMap<QString, Profile::ChannelCount> merged;
    for (const Profile::ChannelCount &row : channels) {
        Profile::ChannelCount &sum = merged[row.channel];
        sum.channel = row.channel;
        sum.events += std::max<qint64>(0, row.events);
        sum.orders += std::max<qint64>(0, row.orders);
    }
    m_channels.clear();
    m_events = m_orders = 0;
    for (const Profile::ChannelCount &row : merged) {
        if (row.events == 0 && row.orders == 0)
            continue;
        m_channels.append(row);
        m_events += row.events;
        m_orders += row.orders;
    }
    std::stable_sort(m_channels.begin(), m_channels.end(), [](const auto &a, const auto &b) {
        return rank(a.channel) != rank(b.channel) ? rank(a.channel) < rank(b.channel) : a.channel < b.channel;
    });
    rebuild();
    showEmptyState(m_channels.isEmpty());
}

QStringList ChannelSplitView::channelKeys() const
{
    QStringList keys;
    for (const auto &row : m_channels)
        keys.append(row.channel);
    return keys;
}

QStringList ChannelSplitView::categories() const
{
    QStringList names = m_channelAxis->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

double ChannelSplitView::shownShare(int setIndex, int channelIndex) const
{
    const auto sets = m_series->barSets(); // orders, events
    const int n = int(m_channels.size());
    return (setIndex == 0 || setIndex == 1) && sets.size() == 2 && channelIndex >= 0 && channelIndex < n
               ? sets[1 - setIndex]->at(n - 1 - channelIndex) : 0.0;
}

void ChannelSplitView::rebuild()
{
    m_chart->removeAllSeries();
    m_series = new QHorizontalBarSeries;
    auto *events = new QBarSet(QString());
    events->setColor(QColor(0x4e79a7));
    auto *orders = new QBarSet(QString());
    orders->setColor(QColor(0xf28e2b));
    double top = 0;
    for (auto row = m_channels.crbegin(); row != m_channels.crend(); ++row) { // bottom-up
        events->append(percent(row->events, m_events));
        orders->append(percent(row->orders, m_orders));
        top = std::max({top, events->at(events->count() - 1), orders->at(orders->count() - 1)});
    }
    for (QBarSet *set : {events, orders})
        set->setLabelColor(palette().color(QPalette::Text)); // the theme writes them white, for inside the bar
    // A horizontal series draws its first set at the bottom of each pair: events go in last so
    // they are on top, and the legend is reversed to read events first again.
    m_series->append(orders);
    m_series->append(events);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value %"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (status)
            QToolTip::showText(QCursor::pos(), toolTipFor(set == m_series->barSets().value(1) ? 0 : 1,
                                                          int(m_channels.size()) - 1 - index));
        else
            QToolTip::hideText();
    });
    m_chart->addSeries(m_series);
    m_series->attachAxis(m_channelAxis);
    m_series->attachAxis(m_shareAxis);
    m_shareAxis->setRange(0, std::min(100.0, std::max(10.0, top * 1.15))); // room for the labels
    m_shareAxis->applyNiceNumbers();
    retranslate();
}

QString ChannelSplitView::toolTipFor(int setIndex, int channelIndex) const
{
    if (channelIndex < 0 || channelIndex >= m_channels.size())
        return QString();
    const auto &row = m_channels[channelIndex];
    const QString name = ProfileLabels::channel(row.channel);
    if (setIndex == 0)
        return tr("%1: %2 of %3 events (%4 %)")
            .arg(name, ProfileLabels::count(row.events), ProfileLabels::count(m_events),
                 QString::number(percent(row.events, m_events), 'f', 1));
    return tr("%1: %2 of %3 orders (%4 %)")
        .arg(name, ProfileLabels::count(row.orders), ProfileLabels::count(m_orders),
             QString::number(percent(row.orders, m_orders), 'f', 1));
}

void ChannelSplitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPanel::changeEvent(event);
}

void ChannelSplitView::retranslate()
{
    setTitle(tr("Channels"));
    setEmptyText(tr("No events or orders in this period"));
    setSummary(m_channels.isEmpty() ? QString() : tr("Share of the events and of the orders made on each channel"));
    QStringList names;
    for (auto row = m_channels.crbegin(); row != m_channels.crend(); ++row) // bottom-up
        names.append(ProfileLabels::channel(row->channel));
    m_channelAxis->setCategories(names);
    m_shareAxis->setTitleText(tr("Share (%)"));
    if (m_series && m_series->count() == 2) {
        m_series->barSets().at(1)->setLabel(tr("Events (%1)").arg(ProfileLabels::count(m_events)));
        m_series->barSets().at(0)->setLabel(tr("Orders (%1)").arg(ProfileLabels::count(m_orders)));
    }
}
