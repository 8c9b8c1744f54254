#pragma once

#include "recommend/offlineevaluation.h"

#include <QAbstractTableModel>

// The rows of an evaluation report: model, people, Recall@20, NDCG@20, HR@10, coverage, training
// seconds. BestRole is true on the row with the best NDCG@20 (the upper bound left out), for the
// view to mark.
class EvaluationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int BestRole = Qt::UserRole + 1;

    explicit EvaluationTableModel(QObject *parent = nullptr);

    void setReport(const OfflineEvaluation::Report &report);
    void clear();
    void retranslate();
    const OfflineEvaluation::Report &report() const { return m_report; }
    int bestRow() const { return m_best; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OfflineEvaluation::Report m_report;
    int m_best = -1;
};
