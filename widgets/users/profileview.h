#pragma once

#include "users/person.h"
#include "users/profiledata.h"
#include "users/userdirectory.h"

#include <QWidget>

class AccountsModel;
class ConflictsPanel;
class ErrorBannerWidget;
class FactsModel;
class ProfileChartsPanel;
class ProgressModel;
class PurchasesModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTableView;
class QToolButton;
class QAbstractItemModel;

// The 360° profile of one person: identities with evidence and conflicts, basic facts,
// purchases with totals, learning progress and the behaviour charts, for the whole identity
// group or one account. Data arrives from UserDirectory; a newer person supersedes an older one.
// Personal data stays masked until "Reveal" (PersonalData::reveal). Tables export as CSV, charts
// as PNG, the whole profile as PDF.
class ProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileView(UserDirectory *directory, QWidget *parent = nullptr);

    void showPerson(const Person &person);
    void clear();

    bool isLoading() const { return m_loading; }
    const QList<Profile::AccountProfile> &profiles() const { return m_profiles; }
    ProfileChartsPanel *charts() const { return m_charts; }
    bool exportPdf(const QString &path, QString *error);

signals:
    void profileShown(); // all data of the current person is on screen
    void previewRecommendations(const Person &person); // the person asked to be shown in Recommendations

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProfilesLoaded(quint64 request, const QList<Profile::AccountProfile> &profiles,
                          const QList<UserDirectory::PlatformError> &errors);
    void applyScope();
    void onChartsShown();
    void updateTotals(const QList<Profile::AccountProfile> &shown);
    void revealPersonalData();
    void exportTable(QAbstractItemModel *model, const QString &baseName);
    void chooseAndExportPdf();
    void retranslate();
    QWidget *section(const QString &objectName, QLabel **title, QWidget *content, QToolButton **exportButton = nullptr);
    QTableView *table(QAbstractItemModel *model, const QString &objectName);

    UserDirectory *m_directory;
    Person m_person;
    QList<Profile::AccountProfile> m_profiles;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_revealed = false;
    bool m_shownAfterCharts = false;

    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_scope;
    QPushButton *m_reveal;
    QPushButton *m_pdf;
    QPushButton *m_recommend;
    QProgressBar *m_busy;
    ErrorBannerWidget *m_errors;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_empty;

    AccountsModel *m_accounts;
    FactsModel *m_facts;
    PurchasesModel *m_purchases;
    ProgressModel *m_progress;
    ConflictsPanel *m_conflicts;
    QLabel *m_totals;
    ProfileChartsPanel *m_charts;

    QLabel *m_identitiesTitle = nullptr;
    QLabel *m_factsTitle = nullptr;
    QLabel *m_purchasesTitle = nullptr;
    QLabel *m_progressTitle = nullptr;
    QLabel *m_chartsTitle = nullptr;
    QToolButton *m_identitiesExport = nullptr;
    QToolButton *m_factsExport = nullptr;
    QToolButton *m_purchasesExport = nullptr;
    QToolButton *m_progressExport = nullptr;
};
