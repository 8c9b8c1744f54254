#include "dashboard/dashboardpage.h"

#include "charts/serieschartwidget.h"
#include "common/errorbannerwidget.h"
#include "core/appsettings.h"
#include "core/tablecsv.h"
#include "dashboard/kpitilewidget.h"
#include "dashboard/overlapmodel.h"
#include "dashboard/topitemsmodel.h"
#include "db/connectionmanager.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const char *kPlatformKey = "dashboard/platform";
constexpr int kTopItems = 10;
const QStringList kCharts{QStringLiteral("newPerDay"), QStringLiteral("activePerDay"), QStringLiteral("newPerMonth"),
                          QStringLiteral("activePerMonth"), QStringLiteral("revenuePerMonth"), QStringLiteral("categoryMix")};

QTableView *newTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMinimumHeight(180);
    return view;
}
} // namespace

DashboardPage::DashboardPage(ConnectionManager *manager, QWidget *parent) : QWidget(parent), m_manager(manager)
{
    qRegisterMetaType<DashboardSection>();
    buildUi();
    connect(m_manager, &ConnectionManager::profilesChanged, this, &DashboardPage::rebuildPlatforms);
    connect(m_manager, &ConnectionManager::stateChanged, this, [this](const QString &) { rebuildPlatforms(); });
    retranslate();
    rebuildPlatforms();
}

DashboardPage::~DashboardPage()
{
    stopLoad();
}

void DashboardPage::buildUi()
{
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));

    auto *content = new QWidget;
    m_platformLabel = new QLabel(content);
    m_platforms = new QComboBox(content);
    m_platforms->setObjectName(QStringLiteral("platformCombo"));
    m_platforms->setMinimumContentsLength(24);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &DashboardPage::refresh);
    m_refreshButton = new QToolButton(content);
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton = new QToolButton(content);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(new QMenu(m_exportButton));
    connect(m_platforms, &QComboBox::activated, this, [this](int i) { selectPlatform(m_platforms->itemData(i).toString()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_platformLabel);
    top->addWidget(m_platforms);
    top->addWidget(m_refreshButton);
    top->addWidget(m_status, 1);
    top->addWidget(m_exportButton);

    m_banner = new ErrorBannerWidget(content);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->hide();

    auto *tiles = new QHBoxLayout;
    for (KpiTileWidget **tile : {&m_usersTile, &m_newTile, &m_activeTile, &m_revenueTile}) {
        *tile = new KpiTileWidget(content);
        tiles->addWidget(*tile);
    }
    m_usersTile->setObjectName(QStringLiteral("usersTile"));
    m_newTile->setObjectName(QStringLiteral("newUsersTile"));
    m_activeTile->setObjectName(QStringLiteral("activeUsersTile"));
    m_revenueTile->setObjectName(QStringLiteral("revenueTile"));

    auto *charts = new QGridLayout;
    for (int i = 0; i < kCharts.size(); ++i) {
        auto *chart = new SeriesChartWidget(content);
        chart->setObjectName(kCharts[i]);
        chart->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *save = new QAction(chart);
        save->setObjectName(QStringLiteral("savePng"));
        connect(save, &QAction::triggered, this, [this, name = kCharts[i]] { exportChartWithDialog(name); });
        chart->addAction(save);
        m_charts.insert(kCharts[i], chart);
        charts->addWidget(chart, i / 2, i % 2);
    }
    m_charts.value(QStringLiteral("revenuePerMonth"))->setValueUnit(QStringLiteral("¥"));
    m_charts.value(QStringLiteral("categoryMix"))->setValueFormat(QStringLiteral("%.0f%%"));
    // Two bars per category: rows need room for their labels, or Qt elides them to "…".
    m_charts.value(QStringLiteral("categoryMix"))->setMinimumHeight(380);

    m_topItems = new TopItemsModel(this);
    m_topItemsView = newTable(m_topItems, QStringLiteral("topItemsView"), content);
    m_topItemsLabel = new QLabel(content);
    m_ranking = new QComboBox(content);
    m_ranking->setObjectName(QStringLiteral("rankingCombo"));
    m_ranking->addItems({QString(), QString()});
    connect(m_ranking, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_topItems->setRanking(i == 1 ? TopItemsModel::Ranking::ByBuyers : TopItemsModel::Ranking::ByRevenue);
    });
    auto *itemsHeader = new QHBoxLayout;
    itemsHeader->addWidget(m_topItemsLabel, 1);
    itemsHeader->addWidget(m_ranking);
    m_overlap = new OverlapModel(this);
    m_overlapView = newTable(m_overlap, QStringLiteral("overlapView"), content);
    m_overlapLabel = new QLabel(content);

    auto *tables = new QGridLayout;
    tables->addLayout(itemsHeader, 0, 0);
    tables->addWidget(m_topItemsView, 1, 0);
    tables->addWidget(m_overlapLabel, 0, 1);
    tables->addWidget(m_overlapView, 1, 1);
    tables->setColumnStretch(0, 3);
    tables->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(tiles);
    layout->addLayout(charts);
    layout->addLayout(tables);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void DashboardPage::rebuildPlatforms()
{
    const QStringList connected = m_manager->connectedIds();
    m_platforms->clear();
    for (const ConnectionProfile &p : m_manager->profiles())
        if (connected.contains(p.id))
            m_platforms->addItem(p.name, p.id);
    m_stack->setCurrentIndex(m_platforms->count() == 0 ? 0 : 1);
    QString wanted = m_platformId;
    if (wanted.isEmpty())
        wanted = AppSettings::open()->value(QLatin1String(kPlatformKey)).toString();
    if (m_platforms->findData(wanted) < 0)
        wanted = m_platforms->count() > 0 ? m_platforms->itemData(0).toString() : QString();
    m_platforms->setCurrentIndex(m_platforms->findData(wanted));
    if (wanted != m_platformId)
        selectPlatform(wanted);
    else
        render();
}

void DashboardPage::selectPlatform(const QString &connectionId)
{
    if (connectionId == m_platformId && (isLoading() || m_states.value(int(PlatformDashboard::Section::Summary)) == State::Done))
        return;
    m_platformId = connectionId;
    m_platforms->setCurrentIndex(m_platforms->findData(connectionId));
    if (!connectionId.isEmpty())
        AppSettings::open()->setValue(QLatin1String(kPlatformKey), connectionId);
    startLoad();
}

void DashboardPage::refresh()
{
    startLoad();
}

void DashboardPage::stopLoad()
{
    ++m_generation; // whatever the old load still reports is dropped
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_load)
        m_load->cancel(); // never waits: the server is asked from a pool thread
    m_load.reset();
}

void DashboardPage::startLoad()
{
    stopLoad();
    m_data = PlatformDashboard();
    m_states.clear();
    m_errors.clear();
    m_banner->clear();
    m_banner->hide();
    const auto credentials = m_platformId.isEmpty() ? std::nullopt : m_manager->credentials(m_platformId);
    if (!credentials) {
        render();
        return;
    }
    DashboardRequest request;
    request.platform = {credentials->profile, credentials->password, credentials->profile.name};
    for (const QString &id : m_manager->connectedIds()) {
        const auto other = id == m_platformId ? std::nullopt : m_manager->credentials(id);
        if (other)
            request.others.append({other->profile, other->password, other->profile.name});
    }
    request.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    request.topItems = kTopItems;
    for (int s = int(PlatformDashboard::Section::Summary); s <= int(PlatformDashboard::Section::Overlap); ++s)
        m_states.insert(s, State::Loading);
    m_load = DashboardLoader::start(request);
    m_watcher = new QFutureWatcher<DashboardSection>(this);
    const quint64 generation = m_generation;
    const QString id = m_platformId;
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this, generation](int i) {
        if (generation == m_generation && m_watcher)
            onSection(m_watcher->resultAt(i));
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, id] {
        if (generation != m_generation)
            return;
        m_load.reset();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        for (auto it = m_states.begin(); it != m_states.end(); ++it)
            if (it.value() == State::Loading)
                it.value() = State::Idle; // never reported: an earlier failure stopped the load
        render();
        Q_EMIT loadFinished(id);
    });
    m_watcher->setFuture(m_load->future());
    render();
}

void DashboardPage::onSection(const DashboardSection &section)
{
    if (section.data.connectionId != m_platformId)
        return; // belt and braces: the generation already guards this
    m_states.insert(int(section.section), section.ok() ? State::Done : State::Failed);
    if (section.ok()) {
        m_data.take(section.section, section.data);
    } else {
        m_errors.insert(int(section.section), section.error);
        if (!m_banner->error().isError()) {
            m_banner->showError(section.error);
            m_banner->show();
        }
    }
    render(section.section);
    Q_EMIT sectionShown(section.section);
}

QStringList DashboardPage::chartNames() const
{
    return kCharts;
}

bool DashboardPage::exportChart(const QString &name, const QString &path) const
{
    const SeriesChartWidget *chart = m_charts.value(name);
    return chart && chart->saveImage(path);
}

bool DashboardPage::exportTable(const QString &name, const QString &path, QString *error) const
{
    const QAbstractItemModel *model = name == QLatin1String("topItems") ? static_cast<QAbstractItemModel *>(m_topItems)
        : name == QLatin1String("overlap")                               ? static_cast<QAbstractItemModel *>(m_overlap)
                                                                         : nullptr;
    return model && TableCsv::write(*model, path, error);
}

void DashboardPage::exportChartWithDialog(const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), name + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportChart(name, path)) {
        m_banner->showError(DbError::make(DbError::Kind::Io, tr("The chart could not be saved to %1.").arg(path)));
        m_banner->show();
    }
}

void DashboardPage::exportTableWithDialog(const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"), name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportTable(name, path, &error)) {
        m_banner->showError(DbError::make(DbError::Kind::Io, tr("The table could not be saved."), error));
        m_banner->show();
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
