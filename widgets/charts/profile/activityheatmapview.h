#pragma once

#include "charts/profile/chartpanel.h"
#include "users/profiledata.h"

class HeatmapGrid;

// When the person is active: events per weekday (Monday first) and hour of day, in the time
// zone the profile was loaded in.
class ActivityHeatmapView : public ChartPanel
{
    Q_OBJECT

public:
    explicit ActivityHeatmapView(QWidget *parent = nullptr);

    void setHeatmap(const Profile::Heatmap &heatmap);

    HeatmapGrid *grid() const { return m_grid; }
    qint64 cellValue(int weekday, int hour) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    HeatmapGrid *m_grid = nullptr;
    qint64 m_total = 0;
};
