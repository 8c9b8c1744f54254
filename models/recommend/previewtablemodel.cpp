#include "recommend/previewtablemodel.h"

#include "recommend/recommendreason.h"

PreviewTableModel::PreviewTableModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void PreviewTableModel::setHistory(const QList<RecommendPreview::HistoryRow> &rows)
{
    beginResetModel();
    m_history = rows;
    m_items.clear();
    endResetModel();
}

void PreviewTableModel::setRecommendations(const QList<RecommendPreview::Recommendation> &rows)
{
    beginResetModel();
    m_items = rows;
    m_history.clear();
    endResetModel();
}

void PreviewTableModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_history.clear();
    endResetModel();
}

void PreviewTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::History ? m_history.size() : m_items.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::History ? 4 : 5);
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int c = index.column();
    if (m_kind == Kind::History) {
        const auto &r = m_history[index.row()];
        if (role == Qt::DisplayRole) {
            switch (c) {
            case 0: return r.title;
            case 1: return r.category;
            case 2: return RecommendReason::signalName(r.signal);
            case 3: return QString::number(r.strength, 'f', r.strength < 10 ? 1 : 0);
            }
        } else if (role == Qt::ToolTipRole) {
            return QStringLiteral("%1 · %2").arg(r.platform, r.title);
        } else if (role == Qt::TextAlignmentRole && c == 3) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    const auto &r = m_items[index.row()];
    if (role == Qt::DisplayRole) {
        switch (c) {
        case 0: return index.row() + 1;
        case 1: return r.title;
        case 2: return QString::number(r.score, 'f', 3);
        case 3: return r.reason;
        case 4: return r.category;
        }
    } else if (role == Qt::ToolTipRole) {
        return QStringLiteral("%1 (%2)\n%3").arg(r.title, r.category, r.reason);
    } else if (role == Qt::TextAlignmentRole && (c == 0 || c == 2)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::History) {
        switch (section) {
        case 0: return tr("Item");
        case 1: return tr("Category");
        case 2: return tr("Did");
        case 3: return tr("Strength");
        }
        return {};
    }
    switch (section) {
    case 0: return tr("#");
    case 1: return tr("Item");
    case 2: return tr("Score");
    case 3: return tr("Why");
    case 4: return tr("Category");
    }
    return {};
}
