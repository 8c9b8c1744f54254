#include "users/userspage.h"

#include "common/errorbannerwidget.h"
#include "core/appsettings.h"
#include "dashboard/dashboardpage.h"
#include "users/peoplemodel.h"
#include "users/profileview.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const char *kSplitterKey = "users/splitter";
const char *kTabKey = "users/tab";
} // namespace

UsersPage::UsersPage(ConnectionManager *connections, QWidget *parent)
    : QWidget(parent), m_directory(new UserDirectory(connections, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_errors = new ErrorBannerWidget(this);
    m_errors->hide();
    m_people = new PeopleModel(this);
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("peopleTable"));
    m_results->setModel(m_people);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setAlternatingRowColors(true);
    m_profile = new ProfileView(m_directory, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_errors);
    leftLayout->addWidget(m_results, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({480, 900});

    m_peopleTab = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(m_peopleTab);
    peopleLayout->addWidget(m_splitter);
    m_dashboard = new DashboardPage(connections, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usersTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_peopleTab, QString());
    m_tabs->addTab(m_dashboard, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Typing searches after a pause; Enter searches at once; Down moves into the results.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::startSearch);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::startSearch);
    m_search->installEventFilter(this);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_peopleTab);
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);

    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openPerson(current.row());
            });
    connect(m_directory, &UserDirectory::searchFinished, this, &UsersPage::onSearchFinished);
    connect(m_profile, &ProfileView::previewRecommendations, this, &UsersPage::previewRecommendations);
    connect(m_directory, &UserDirectory::platformsChanged, this, &UsersPage::updatePlatforms);
    connect(m_directory, &UserDirectory::decisionRecorded, this, &UsersPage::regroup);
    connect(m_directory, &UserDirectory::decisionsLoaded, this, [this](const DbError &error) {
        if (!error.isError() && !m_directory->decisions().isEmpty())
            regroup();
    });

    const auto settings = AppSettings::open();
    m_splitter->restoreState(settings->value(QLatin1String(kSplitterKey)).toByteArray());
    m_tabs->setCurrentIndex(settings->value(QLatin1String(kTabKey), 0).toInt());
    retranslate();
    updatePlatforms();
}

UsersPage::~UsersPage()
{
    const auto settings = AppSettings::open();
    settings->setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings->setValue(QLatin1String(kTabKey), m_tabs->currentIndex());
}

void UsersPage::search(const QString &text)
{
    m_search->setText(text);
    startSearch();
}

void UsersPage::startSearch()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    m_errors->hide();
    if (text.isEmpty()) {
        m_request = 0;
        m_people->setPeople({});
        m_lastCount = -1;
        m_truncated.clear();
        retranslate();
        return;
    }
    m_request = m_directory->search(text);
    m_status->setText(tr("Searching %n platform(s)…", nullptr, int(m_directory->platforms().size())));
}

void UsersPage::onSearchFinished(quint64 request, const QList<Person> &people, const QList<UserDirectory::PlatformError> &errors,
                                 const QStringList &truncated)
{
    if (request != m_request)
        return;
    m_truncated = truncated;
    m_people->setPeople(people);
    m_lastCount = int(people.size());
    m_results->resizeColumnsToContents();
    if (!errors.isEmpty()) {
        DbError shown = errors.first().error;
        shown.message = tr("%1: %2").arg(errors.first().platform, shown.message);
        m_errors->showError(shown);
        m_errors->show();
    }
    retranslate();
    int reopen = -1;
    if (m_reopen) {
        for (int row = 0; row < people.size() && reopen < 0; ++row)
            if (people[row].refs().contains(*m_reopen))
                reopen = row;
        m_reopen.reset();
    }
    if (reopen >= 0)
        m_results->selectRow(reopen); // the person who was open, grouped anew
    else if (people.size() == 1)
        m_results->selectRow(0); // one person: show them at once
    emit searchShown();
}

void UsersPage::regroup()
{
    if (m_search->text().trimmed().isEmpty() || m_lastCount < 0)
        return;
    const QModelIndex current = m_results->selectionModel()->currentIndex();
    m_reopen.reset();
    if (current.isValid() && current.row() < m_people->count() && !m_people->person(current.row()).accounts.isEmpty())
        m_reopen = m_people->person(current.row()).accounts.first().account;
    startSearch();
}

void UsersPage::openPerson(int row)
{
    if (row < 0 || row >= m_people->count())
        return;
    m_profile->showPerson(m_people->person(row));
}

void UsersPage::updatePlatforms()
{
    const bool any = !m_directory->platforms().isEmpty();
    m_search->setEnabled(any);
    retranslate();
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_people->count() > 0) {
        m_results->setFocus();
        if (!m_results->currentIndex().isValid())
            m_results->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPage::retranslate()
{
    m_tabs->setTabText(0, tr("People"));
    m_tabs->setTabText(1, tr("Dashboards"));
    m_search->setPlaceholderText(tr("User id, e-mail, phone (any form) or the start of a name  (Ctrl+F)"));
    const int platforms = int(m_directory->platforms().size());
    if (platforms == 0)
        m_status->setText(tr("Connect a platform on the Platforms page to search its users."));
    else if (m_lastCount < 0)
        m_status->setText(tr("Searches %n connected platform(s): %1.", nullptr, platforms).arg(m_directory->platforms().join(tr(", "))));
    else if (m_lastCount == 0)
        m_status->setText(tr("Nobody found on %n platform(s).", nullptr, platforms));
    else if (m_truncated.isEmpty())
        m_status->setText(tr("%n person(s) found", nullptr, m_lastCount));
    else
        m_status->setText(tr("%n person(s) found. On %1 more accounts match than the %2 per platform shown; type more to narrow the search.",
                             nullptr, m_lastCount)
                              .arg(m_truncated.join(tr(", ")))
                              .arg(UserDirectory::kSearchLimit));
}
