#include "charts/profile/activityheatmapview.h"

#include "charts/profile/heatmapgrid.h"
#include "charts/profile/profilelabels.h"

#include <QEvent>

ActivityHeatmapView::ActivityHeatmapView(QWidget *parent) : ChartPanel(parent)
{
    m_grid = new HeatmapGrid(this);
    setBody(m_grid);
    retranslate();
    showEmptyState(true);
}

void ActivityHeatmapView::setHeatmap(const Profile::Heatmap &heatmap)
{
    m_grid->setHeatmap(heatmap);
    m_total = 0;
    for (const auto &day : heatmap) {
        for (qint64 count : day)
            m_total += count;
    }
    showEmptyState(m_total <= 0);
    retranslate();
}

qint64 ActivityHeatmapView::cellValue(int weekday, int hour) const
{
    if (weekday < 0 || weekday >= 7 || hour < 0 || hour >= 24)
        return 0;
    return m_grid->heatmap()[weekday][hour];
}

void ActivityHeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_grid->update(); // weekday names are painted
    }
    ChartPanel::changeEvent(event);
}

void ActivityHeatmapView::retranslate()
{
    setTitle(tr("Activity by weekday and hour"));
    setEmptyText(tr("No events in this period"));
    if (m_total <= 0) {
        setSummary(QString());
        return;
    }
    // The busiest slot, as a sentence people can repeat ("mostly Sunday evenings").
    int bestDay = 0, bestHour = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            if (cellValue(d, h) > cellValue(bestDay, bestHour)) {
                bestDay = d;
                bestHour = h;
            }
        }
    }
    setSummary(tr("Events: %1 · busiest: %2 %3:00–%4:00")
                   .arg(ProfileLabels::count(m_total), ProfileLabels::weekday(bestDay))
                   .arg(bestHour, 2, 10, QLatin1Char('0'))
                   .arg(bestHour + 1, 2, 10, QLatin1Char('0')));
}
