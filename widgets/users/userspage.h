#pragma once

#include "users/userdirectory.h"

#include <QWidget>

#include <optional>

class ConnectionManager;
class ErrorBannerWidget;
class PeopleModel;
class ProfileView;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

// The users area: one search box over every connected platform, the people found (identity
// groups, masked), and the chosen person's profile; a second tab holds the platform dashboards.
// Typing searches after a short pause; a newer search supersedes an older one.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(ConnectionManager *connections, QWidget *parent = nullptr);
    ~UsersPage() override;

    UserDirectory *directory() const { return m_directory; }
    ProfileView *profileView() const { return m_profile; }
    QWidget *dashboard() const { return m_dashboard; }
    PeopleModel *people() const { return m_people; }

    void search(const QString &text); // as if typed and confirmed
    void openPerson(int row);

signals:
    void searchShown(); // results of the latest search are on screen
    void previewRecommendations(const Person &person);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchFinished(quint64 request, const QList<Person> &people, const QList<UserDirectory::PlatformError> &errors,
                          const QStringList &truncated);
    void startSearch();
    // Searches again after identity decisions changed, showing again the person who was open.
    void regroup();
    void updatePlatforms();
    void retranslate();

    UserDirectory *m_directory;
    quint64 m_request = 0;
    int m_lastCount = -1;
    QStringList m_truncated; // platforms where the latest search showed only the best matches
    std::optional<Profile::AccountRef> m_reopen; // after regroup(): the person holding this account
    QTabWidget *m_tabs;
    QWidget *m_peopleTab;
    QWidget *m_dashboard;
    QLineEdit *m_search;
    QLabel *m_status;
    ErrorBannerWidget *m_errors;
    QTableView *m_results;
    PeopleModel *m_people;
    ProfileView *m_profile;
    QSplitter *m_splitter;
    QTimer *m_debounce;
};
