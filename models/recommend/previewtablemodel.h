#pragma once

#include "recommend/recommendpreview.h"

#include <QAbstractTableModel>

// One side of the recommendations preview as a table: the person's history (platform, title,
// category, what they did, strength) or one model's list (rank, title, score, reason, category:
// the view leaves the category to the tooltip and the chart; exports keep it).
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { History, Recommendations };

    explicit PreviewTableModel(Kind kind, QObject *parent = nullptr);

    void setHistory(const QList<RecommendPreview::HistoryRow> &rows);
    void setRecommendations(const QList<RecommendPreview::Recommendation> &rows);
    void clear();
    void retranslate(); // headers and words after a language switch

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<RecommendPreview::HistoryRow> m_history;
    QList<RecommendPreview::Recommendation> m_items;
};
