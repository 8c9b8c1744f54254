#pragma once

#include <QMainWindow>

class ConnectionManager;
class LanguageManager;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSplitter;
class ConnectionStatusWidget;

// The shell: navigation on the left, one page per area, menus, status bar. Only wiring lives here;
// each area's page is its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { PlatformsPage, UsersPage, MigrationsPage, RecommendationsPage, SharingPage, AuditPage, PageCount };

    MainWindow(ConnectionManager *connections, LanguageManager *languages, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void retranslate();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    ConnectionManager *m_connections;
    LanguageManager *m_languages;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ConnectionStatusWidget *m_statusWidget = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_connectionsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_connectAllAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;
    QActionGroup *m_languageGroup = nullptr;
};
