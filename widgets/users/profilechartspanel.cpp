#include "users/profilechartspanel.h"

#include "charts/profile/activityheatmapview.h"
#include "charts/profile/channelsplitview.h"
#include "charts/profile/interestchartview.h"
#include "charts/profile/timelinechartview.h"

#include <QGridLayout>
#include <QHash>
#include <QMap>

ProfileChartsPanel::ProfileChartsPanel(QWidget *parent)
    : QWidget(parent),
      m_timeline(new TimelineChartView(this)),
      m_interest(new InterestChartView(this)),
      m_heatmap(new ActivityHeatmapView(this)),
      m_channels(new ChannelSplitView(this))
{
    m_timeline->setObjectName(QStringLiteral("timelineChart"));
    m_interest->setObjectName(QStringLiteral("interestChart"));
    m_heatmap->setObjectName(QStringLiteral("heatmapChart"));
    m_channels->setObjectName(QStringLiteral("channelChart"));
    m_timeline->setMinimumHeight(340);
    for (QWidget *w : {static_cast<QWidget *>(m_interest), static_cast<QWidget *>(m_heatmap), static_cast<QWidget *>(m_channels)})
        w->setMinimumHeight(300);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_timeline, 0, 0, 1, 2);
    grid->addWidget(m_interest, 1, 0);
    grid->addWidget(m_heatmap, 1, 1);
    grid->addWidget(m_channels, 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void ProfileChartsPanel::setProfiles(const QList<Profile::AccountProfile> &profiles)
{
    showProfiles(profiles);
    finishPending();
}

void ProfileChartsPanel::showProfiles(const QList<Profile::AccountProfile> &profiles)
{
    // One person: the timeline, heatmap and channels add the accounts up.
    QMap<QPair<QDate, QString>, qint64> days;
    QList<Profile::Purchase> purchases;
    Profile::Heatmap heatmap{};
    QMap<QString, Profile::ChannelCount> channels;
    // The interest profile compares platforms: one history per platform (two accounts on one
    // platform share it).
    QMap<QString, QList<Profile::DayCategoryCount>> histories;
    for (const Profile::AccountProfile &p : profiles) {
        for (const Profile::DayKindCount &d : p.timeline)
            days[{d.day, d.kind}] += d.count;
        purchases += p.purchases;
        for (size_t w = 0; w < heatmap.size(); ++w)
            for (size_t h = 0; h < heatmap[w].size(); ++h)
                heatmap[w][h] += p.heatmap[w][h];
        for (const Profile::ChannelCount &c : p.channels) {
            Profile::ChannelCount &sum = channels[c.channel];
            sum.channel = c.channel;
            sum.events += c.events;
            sum.orders += c.orders;
        }
        histories[p.account.platform] += p.interestSteps;
    }
    QList<Profile::DayKindCount> timeline;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        timeline.append({it.key().first, it.key().second, it.value()});
    QList<InterestChartView::History> interest;
    for (auto it = histories.begin(); it != histories.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const Profile::DayCategoryCount &a, const Profile::DayCategoryCount &b) { return a.day < b.day; });
        interest.append({it.key(), it.value()});
    }
    m_steps.clear();
    m_steps.push_back([this, timeline, purchases] { m_timeline->setData(timeline, purchases); });
    m_steps.push_back([this, interest] { m_interest->setHistories(interest); });
    m_steps.push_back([this, heatmap] { m_heatmap->setHeatmap(heatmap); });
    m_steps.push_back([this, channels = channels.values()] { m_channels->setChannels(channels); });
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            runStep();
    }, Qt::QueuedConnection);
}

void ProfileChartsPanel::runStep()
{
    if (m_steps.empty())
        return;
    std::function<void()> step = std::move(m_steps.front());
    m_steps.erase(m_steps.begin());
    step();
    if (m_steps.empty()) {
        emit chartsShown();
        return;
    }
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        if (generation == m_generation)
            runStep();
    }, Qt::QueuedConnection);
}

void ProfileChartsPanel::finishPending()
{
    if (m_steps.empty())
        return;
    ++m_generation; // the queued steps have nothing left to do
    while (!m_steps.empty()) {
        std::function<void()> step = std::move(m_steps.front());
        m_steps.erase(m_steps.begin());
        step();
    }
    emit chartsShown();
}
