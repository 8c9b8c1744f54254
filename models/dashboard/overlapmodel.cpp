#include "dashboard/overlapmodel.h"

#include "core/figureformat.h"

#include <QLocale>

namespace {
QString percent(qlonglong part, qlonglong whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale::c().toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}
} // namespace

OverlapModel::OverlapModel(QObject *parent) : QAbstractTableModel(parent) {}

void OverlapModel::setOverlaps(qlonglong people, const QList<DashboardOverlap> &overlaps)
{
    beginResetModel();
    m_people = people;
    m_rows = overlaps;
    endResetModel();
}

int OverlapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverlapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverlapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DashboardOverlap &o = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == PlatformColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlatformColumn: return o.platform;
    case PeopleColumn: return FigureFormat::count(o.people);
    case ShareHereColumn: return percent(o.people, m_people);
    case ShareThereColumn: return percent(o.people, o.otherPeople);
    }
    return {};
}

QVariant OverlapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlatformColumn: return tr("Other platform");
    case PeopleColumn: return tr("People on both");
    case ShareHereColumn: return tr("% of people here");
    case ShareThereColumn: return tr("% of people there");
    }
    return {};
}
