#include "recommend/evaluationtablemodel.h"

EvaluationTableModel::EvaluationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvaluationTableModel::setReport(const OfflineEvaluation::Report &report)
{
    beginResetModel();
    m_report = report;
    m_best = -1;
    for (int i = 0; i < m_report.rows.size(); ++i) {
        if (m_report.rows[i].model == QLatin1String("upper-bound"))
            continue;
        if (m_best < 0 || m_report.rows[i].ndcg20 > m_report.rows[m_best].ndcg20)
            m_best = i;
    }
    endResetModel();
}

void EvaluationTableModel::clear()
{
    setReport({});
}

void EvaluationTableModel::retranslate()
{
    // Labels are translated when the report is made; take them again in the current language.
    for (auto &row : m_report.rows)
        row.label = OfflineEvaluation::label(row.model);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int EvaluationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int EvaluationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant EvaluationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &r = m_report.rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0: return r.label;
        case 1: return r.people;
        case 2: return QString::number(r.recall20, 'f', 4);
        case 3: return QString::number(r.ndcg20, 'f', 4);
        case 4: return QString::number(r.hitRate10, 'f', 4);
        case 5: return QString::number(r.coverage20, 'f', 4);
        case 6: return QString::number(r.trainSeconds, 'f', 1);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() > 0) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == BestRole) {
        return index.row() == m_best;
    }
    return {};
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Model");
    case 1: return tr("People");
    case 2: return QStringLiteral("Recall@20");
    case 3: return QStringLiteral("NDCG@20");
    case 4: return QStringLiteral("HR@10");
    case 5: return tr("Coverage");
    case 6: return tr("Training (s)");
    }
    return {};
}
