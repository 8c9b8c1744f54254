#pragma once

#include "dashboard/platformdashboard.h"

#include <QAbstractTableModel>

// The top items of a dashboard, ranked by net revenue or by buyers (the loader delivers both
// rankings' top N; this shows one of them).
class TopItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RankColumn, TitleColumn, CategoryColumn, OrdersColumn, BuyersColumn, RevenueColumn, ColumnCount };
    enum class Ranking { ByRevenue, ByBuyers };

    explicit TopItemsModel(QObject *parent = nullptr);

    void setItems(const QList<DashboardItem> &items, int topN);
    void setRanking(Ranking ranking);
    Ranking ranking() const { return m_ranking; }
    const DashboardItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<DashboardItem> m_all;
    QList<DashboardItem> m_rows;
    Ranking m_ranking = Ranking::ByRevenue;
    int m_topN = 10;
};
