#pragma once

#include "users/profiledata.h"

#include <QWidget>

// Painted weekday x hour grid (Qt Charts has no heatmap): weekday names on the left, hours on
// top, one cell per hour slot coloured by its count, and the colour scale underneath.
class HeatmapGrid : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapGrid(QWidget *parent = nullptr);

    void setHeatmap(const Profile::Heatmap &heatmap);
    const Profile::Heatmap &heatmap() const { return m_heatmap; }
    qint64 maximum() const { return m_max; }

    // Where a cell is painted, and the tooltip shown over a point (empty outside the cells).
    QRect cellRect(int weekday, int hour) const;
    QString toolTipAt(const QPoint &pos) const;
    // The colour of a count on the scale (zero has its own, paler colour).
    QColor colorFor(qint64 count) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect gridRect() const;
    QRect scaleRect() const;

    Profile::Heatmap m_heatmap{};
    qint64 m_max = 0;
};
