#pragma once

#include "users/profiledata.h"

#include <QWidget>

#include <functional>
#include <vector>

class ActivityHeatmapView;
class ChannelSplitView;
class InterestChartView;
class TimelineChartView;

// The behaviour charts of the profile: the timeline (events per day stacked by kind, purchases
// marked), the decayed interest profile compared across the person's platforms, the weekday x
// hour heatmap and the channel split. Fed with the accounts the profile shows; sums them where a
// chart shows one person, keeps platforms apart where it compares them.
class ProfileChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileChartsPanel(QWidget *parent = nullptr);

    // All charts at once.
    void setProfiles(const QList<Profile::AccountProfile> &profiles);
    // The charts one per turn of the event loop, so a long history never keeps the GUI thread
    // busy for one long stretch; chartsShown() follows the last. A newer call replaces what an
    // older one left; finishPending() draws what is left at once.
    void showProfiles(const QList<Profile::AccountProfile> &profiles);
    void finishPending();
    bool hasPending() const { return !m_steps.empty(); }

    TimelineChartView *timeline() const { return m_timeline; }
    InterestChartView *interest() const { return m_interest; }
    ActivityHeatmapView *heatmap() const { return m_heatmap; }
    ChannelSplitView *channels() const { return m_channels; }

signals:
    void chartsShown();

private:
    void runStep();

    std::vector<std::function<void()>> m_steps; // the charts still to set, in order
    quint64 m_generation = 0;
    TimelineChartView *m_timeline;
    InterestChartView *m_interest;
    ActivityHeatmapView *m_heatmap;
    ChannelSplitView *m_channels;
};
