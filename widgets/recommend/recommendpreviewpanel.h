#pragma once

#include "recommend/recommendengine.h"
#include "users/person.h"
#include "users/userdirectory.h"

#include <QWidget>

class ConnectionManager;
class ErrorBannerWidget;
class PreviewTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class SeriesChartWidget;

// What a platform would recommend to one person: find the person (or take one from the users
// area), pick the target platform and two models; the history on one side, each model's top N
// with scores and reasons beside it, and the category mix of all three as a chart. A person with
// no history on the target is shown their day one there (cross-platform transfer).
class RecommendPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    RecommendPreviewPanel(ConnectionManager *connections, RecommendEngine *engine, QWidget *parent = nullptr);
    ~RecommendPreviewPanel() override;

    void showPerson(const Person &person, const QString &targetId = {});
    void setDayOne(bool dayOne);
    void findPerson(const QString &text); // as if typed and confirmed
    // A migration plan: its target, its category map for the transfer, day one, and the people
    // its scope names (users/user) to choose from. Returns false and says why when it cannot.
    bool openPlan(const QString &path);
    bool exportCsv(const QString &path, QString *error) const;

    const PreviewTableModel *historyModel() const { return m_history; }
    const PreviewTableModel *listModel(int side) const { return m_lists[side]; }
    const RecommendPreview::Result &result() const { return m_result; }

signals:
    void previewShown(); // the newest request's answer is on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTargets();
    void updateKinds();
    void updateStatus();
    void request();
    void onPreview(quint64 request, const RecommendPreview::Result &result);
    void onSearch(quint64 request, const QList<Person> &people);
    void showChart();

    ConnectionManager *m_connections;
    RecommendEngine *m_engine;
    UserDirectory *m_directory;
    QList<Person> m_found;
    std::optional<Person> m_person;
    quint64 m_searchRequest = 0;
    quint64 m_request = 0;
    RecommendPreview::Result m_result;
    bool m_hasResult = false;

    QLabel *m_findLabel;
    QLineEdit *m_find;
    QLabel *m_peopleLabel;
    QComboBox *m_people;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_modelLabels[2];
    QComboBox *m_kinds[2];
    QLabel *m_topLabel;
    QSpinBox *m_top;
    QCheckBox *m_dayOne;
    QPushButton *m_retrain;
    QPushButton *m_plan;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QLabel *m_status;
    QProgressBar *m_progress;
    ErrorBannerWidget *m_errors;
    QLabel *m_historyTitle;
    QLabel *m_listTitles[2];
    QLabel *m_notes[2];
    PreviewTableModel *m_history;
    PreviewTableModel *m_lists[2];
    QTableView *m_historyView;
    QTableView *m_listViews[2];
    QSplitter *m_splitter;
    QSplitter *m_vertical;
    SeriesChartWidget *m_chart;
};
