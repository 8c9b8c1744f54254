#pragma once

#include "charts/profile/chartpanel.h"
#include "users/profiledata.h"

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QValueAxis;

// Where the person acts and where they pay: each channel's share of the events and of the orders,
// as pairs of horizontal bars in percent (channel names and value labels need the width) (a few orders next to thousands of events would not show as counts;
// the counts are in the legend and the tooltips).
class ChannelSplitView : public ChartPanel
{
    Q_OBJECT

public:
    explicit ChannelSplitView(QWidget *parent = nullptr);

    void setChannels(const QList<Profile::ChannelCount> &channels);

    QChart *chart() const { return m_chart; }
    // The percent shown for a channel (channelKeys() order): set 0 is events, set 1 orders.
    double shownShare(int setIndex, int channelIndex) const;
    QString toolTipFor(int setIndex, int channelIndex) const;
    // The bars as drawn: sets orders then events, values bottom-up (the first channel on top).
    QHorizontalBarSeries *series() const { return m_series; }
    // pc, h5, ios, android first (those present), then others by name, the unknown channel last.
    QStringList channelKeys() const;
    QStringList categories() const; // the channel names shown, in channelKeys() order

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QList<Profile::ChannelCount> m_channels; // in display order
    qint64 m_events = 0;
    qint64 m_orders = 0;
    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_channelAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
};
