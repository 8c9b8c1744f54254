#pragma once

#include "dashboard/platformdashboard.h"

#include <QAbstractTableModel>

// The people a platform shares with each other connected platform (identity groups).
class OverlapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PlatformColumn, PeopleColumn, ShareHereColumn, ShareThereColumn, ColumnCount };

    explicit OverlapModel(QObject *parent = nullptr);

    // `people`: identity groups on the dashboard's own platform.
    void setOverlaps(qlonglong people, const QList<DashboardOverlap> &overlaps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qlonglong m_people = 0;
    QList<DashboardOverlap> m_rows;
};
