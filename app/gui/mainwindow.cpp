#include "mainwindow.h"

#include "common/connectionstatuswidget.h"
#include "common/languagemanager.h"
#include "common/placeholderpage.h"
#include "connections/connectionspage.h"
#include "core/appsettings.h"
#include "recommend/recommendpage.h"
#include "users/userspage.h"
#include "db/connectionmanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QIcon>

namespace {
// Navigation labels, translated in retranslate().
const char *const kPageTitles[] = {
    QT_TRANSLATE_NOOP("MainWindow", "Platforms"),
    QT_TRANSLATE_NOOP("MainWindow", "Users"),
    QT_TRANSLATE_NOOP("MainWindow", "Migrations"),
    QT_TRANSLATE_NOOP("MainWindow", "Recommendations"),
    QT_TRANSLATE_NOOP("MainWindow", "Sharing"),
    QT_TRANSLATE_NOOP("MainWindow", "Audit"),
};
const char *const kPageIcons[] = {
    ":/icons/platforms.svg", ":/icons/users.svg", ":/icons/migrations.svg",
    ":/icons/recommendations.svg", ":/icons/sharing.svg", ":/icons/audit.svg",
};
// The outline icon, or its white variant for the highlighted row. Set explicitly on selection:
// item views with a style sheet paint icons in Normal mode even when selected.
QIcon pageIcon(int page, bool highlighted = false)
{
    QString path = QString::fromLatin1(kPageIcons[page]);
    if (highlighted)
        path.replace(QLatin1String(".svg"), QLatin1String("-selected.svg"));
    return QIcon(path);
}
} // namespace

MainWindow::MainWindow(ConnectionManager *connections, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_connections(connections), m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/zhiqiao.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(170);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding: 6px; font-size: 11pt; }"
        "QListWidget#navigation::item { padding: 8px 6px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    for (int i = 0; i < PageCount; ++i)
        new QListWidgetItem(pageIcon(i), QString(), m_navigation);

    m_pages = new QStackedWidget(this);
    buildPages();

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({210, 970});
    setCentralWidget(m_splitter);

    m_statusWidget = new ConnectionStatusWidget(m_connections, this);
    statusBar()->addPermanentWidget(m_statusWidget, 1);
    connect(m_statusWidget, &ConnectionStatusWidget::platformActivated, this, [this] { showPage(PlatformsPage); });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        for (int i = 0; i < PageCount; ++i)
            m_navigation->item(i)->setIcon(pageIcon(i, i == row));
    });
    buildMenus();
    retranslate();
    restoreLayout();
}

void MainWindow::buildPages()
{
    m_pages->addWidget(new ConnectionsPage(m_connections, m_pages));
    auto *users = new ::UsersPage(m_connections, m_pages); // the class, not Page::UsersPage
    m_pages->addWidget(users);
    m_pages->addWidget(new PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Migrations"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Move users and everything they own from one platform to another, and prove nothing was lost."),
        {QT_TRANSLATE_NOOP("PlaceholderPage", "Migration plans: scope, entities, category and event maps, conflict and error policies."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "Dry run showing who would be created, merged, skipped or held back, and why."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "Encrypted backup before any write, exactly-once loading, resume after interruption."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "Validation reports record by record, quarantine of bad records, rollback.")},
        m_pages));
    auto *recommend = new RecommendPage(m_connections, m_pages);
    m_pages->addWidget(recommend);
    connect(users, &::UsersPage::previewRecommendations, this, [this, recommend](const Person &person) {
        recommend->previewPerson(person);
        showPage(RecommendationsPage);
    });
    m_pages->addWidget(new PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Sharing"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Share data between platforms only where users consented."),
        {QT_TRANSLATE_NOOP("PlaceholderPage", "Sharing agreements stating scope and permissions between platforms."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "Consent checks per person and purpose, de-identification of what is shared."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "Every share recorded for audit.")},
        m_pages));
    m_pages->addWidget(new PlaceholderPage(
        QT_TRANSLATE_NOOP("PlaceholderPage", "Audit"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Review who did what, and prove the log has not been altered."),
        {QT_TRANSLATE_NOOP("PlaceholderPage", "Every migration, export and reveal of personal data, with operator, time and plan."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "A tamper-evident log with verification."),
         QT_TRANSLATE_NOOP("PlaceholderPage", "Filters by period, operator and kind of action; export for reviewers.")},
        m_pages));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = m_goMenu->addAction(pageIcon(i), QString());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions.append(a);
    }

    m_connectionsMenu = menuBar()->addMenu(QString());
    m_connectAllAction = m_connectionsMenu->addAction(QString(), this, [this] { m_connections->connectAll(); });
    m_connectAllAction->setShortcut(QKeySequence::Refresh);

    m_viewMenu = menuBar()->addMenu(QString());
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &lang : LanguageManager::languages()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(lang));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_languages->current());
        m_languageGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { m_languages->setLanguage(a->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Zhiqiao — knowledge platform console"));
    for (int i = 0; i < PageCount; ++i) {
        const QString title = tr(kPageTitles[i]);
        m_navigation->item(i)->setText(title);
        m_navigation->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
        m_pageActions[i]->setText(title);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_connectionsMenu->setTitle(tr("&Connections"));
    m_connectAllAction->setText(tr("Connect &all"));
    m_viewMenu->setTitle(tr("&View"));
    m_fullScreenAction->setText(tr("&Full screen"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Zhiqiao"));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == m_languages->current());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::restoreLayout()
{
    auto settings = AppSettings::open();
    settings->beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings->value(QStringLiteral("geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings->value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings->value(QStringLiteral("splitter")).toByteArray());
    const int page = settings->value(QStringLiteral("page"), int(PlatformsPage)).toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : PlatformsPage);
    settings->endGroup();
}

void MainWindow::saveLayout() const
{
    auto settings = AppSettings::open();
    settings->beginGroup(QStringLiteral("mainWindow"));
    settings->setValue(QStringLiteral("geometry"), saveGeometry());
    settings->setValue(QStringLiteral("state"), saveState());
    settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings->setValue(QStringLiteral("page"), int(currentPage()));
    settings->endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Zhiqiao"),
                       tr("<h3>Zhiqiao (知桥) %1</h3>"
                          "<p>An administration console for paid-knowledge platforms: connect to their "
                          "databases, see users, migrate them between platforms with backups and "
                          "validation, share data under consent, and preview recommendations.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(ZQ_VERSION), QString::fromLatin1(qVersion())));
}
