#pragma once

#include "recommend/recommendengine.h"
#include "recommend/recommendreport.h"

#include <QWidget>

class ConnectionManager;
class ErrorBannerWidget;
class EvaluationTableModel;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class SeriesChartWidget;

// Offline evaluation with plots: held-out people on one platform, or cold start from one
// platform to another, on the goodbooks ratings or on connected platforms. The table of
// Recall@20, NDCG@20, HR@10 and coverage per model, a bar chart of them, the share of the upper
// bound the transfer recovers; export as JSON or text.
class RecommendEvaluationPanel : public QWidget
{
    Q_OBJECT
public:
    RecommendEvaluationPanel(ConnectionManager *connections, RecommendEngine *engine, QWidget *parent = nullptr);
    ~RecommendEvaluationPanel() override;

    void setGoodbooksDirectory(const QString &dir);
    void setColdStart(bool coldStart);
    void run();
    const RecommendReport::Document &document() const { return m_document; }
    const EvaluationTableModel *tableModel() const { return m_table; }

signals:
    void evaluationShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePlatforms();
    void updateEnabled();
    void onFinished(quint64 request, const RecommendReport::Document &doc);
    void showReport();
    void exportReport();

    ConnectionManager *m_connections;
    RecommendEngine *m_engine;
    quint64 m_request = 0;
    RecommendReport::Document m_document;
    bool m_hasDocument = false;

    QGroupBox *m_dataBox;
    QRadioButton *m_useGoodbooks;
    QRadioButton *m_usePlatforms;
    QLineEdit *m_goodbooks;
    QPushButton *m_browse;
    QGroupBox *m_modeBox;
    QRadioButton *m_inPlatform;
    QRadioButton *m_coldStart;
    QLabel *m_groupLabel;
    QComboBox *m_group;
    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QLabel *m_holdoutLabel;
    QLineEdit *m_holdout;
    QPushButton *m_browseHoldout;
    QLabel *m_fromLabel;
    QComboBox *m_from;
    QLabel *m_toLabel;
    QComboBox *m_to;
    QLabel *m_factorsLabel;
    QSpinBox *m_factors;
    QLabel *m_iterationsLabel;
    QSpinBox *m_iterations;
    QLabel *m_seedLabel;
    QSpinBox *m_seed;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_stage;
    ErrorBannerWidget *m_errors;
    QLabel *m_summary;
    EvaluationTableModel *m_table;
    QTableView *m_view;
    SeriesChartWidget *m_chart;
};
