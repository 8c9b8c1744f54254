#pragma once

#include "users/profiledata.h"

#include <QWidget>

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

    void setProfiles(const QList<Profile::AccountProfile> &profiles);

    TimelineChartView *timeline() const { return m_timeline; }
    InterestChartView *interest() const { return m_interest; }
    ActivityHeatmapView *heatmap() const { return m_heatmap; }
    ChannelSplitView *channels() const { return m_channels; }

private:
    TimelineChartView *m_timeline;
    InterestChartView *m_interest;
    ActivityHeatmapView *m_heatmap;
    ChannelSplitView *m_channels;
};
