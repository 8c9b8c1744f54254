#include "dashboard/topitemsmodel.h"

#include "core/figureformat.h"

#include <algorithm>

TopItemsModel::TopItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopItemsModel::setItems(const QList<DashboardItem> &items, int topN)
{
    m_all = items;
    m_topN = topN;
    rebuild();
}

void TopItemsModel::setRanking(Ranking ranking)
{
    if (ranking == m_ranking)
        return;
    m_ranking = ranking;
    rebuild();
}

void TopItemsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const DashboardItem &i : m_all) {
        const int rank = m_ranking == Ranking::ByRevenue ? i.rankByRevenue : i.rankByBuyers;
        if (rank >= 1 && rank <= m_topN)
            m_rows.append(i);
    }
    const bool byRevenue = m_ranking == Ranking::ByRevenue;
    std::sort(m_rows.begin(), m_rows.end(), [byRevenue](const DashboardItem &a, const DashboardItem &b) {
        return byRevenue ? a.rankByRevenue < b.rankByRevenue : a.rankByBuyers < b.rankByBuyers;
    });
    endResetModel();
}

const DashboardItem *TopItemsModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TopItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DashboardItem &i = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= OrdersColumn || index.column() == RankColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return i.itemKey;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn: return m_ranking == Ranking::ByRevenue ? i.rankByRevenue : i.rankByBuyers;
    case TitleColumn:
        return i.title.isEmpty() ? tr("Unknown item %1").arg(i.itemKey) : i.title;
    case CategoryColumn: return i.category.isEmpty() ? tr("Uncategorised") : i.category;
    case OrdersColumn: return FigureFormat::count(i.orders);
    case BuyersColumn: return FigureFormat::count(i.buyers);
    case RevenueColumn: return FigureFormat::yuan(i.netRevenue);
    }
    return {};
}

QVariant TopItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("#");
    case TitleColumn: return tr("Item");
    case CategoryColumn: return tr("Category");
    case OrdersColumn: return tr("Orders");
    case BuyersColumn: return tr("Buyers");
    case RevenueColumn: return tr("Net revenue");
    }
    return {};
}
