#pragma once

#include "dashboard/dashboardloader.h"
#include "dashboard/platformdashboard.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <optional>

#include <memory>

class ConnectionManager;
class ErrorBannerWidget;
class KpiTileWidget;
class OverlapModel;
class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class SeriesChartWidget;
class TopItemsModel;

// The dashboard of one connected platform: headline tiles, new and active users per day and
// month, net revenue per month, category mix, top items and the overlap with every other
// connected platform. Everything is loaded in the background (DashboardLoader); sections fill in
// as they arrive, each showing its own loading or failure. A newer request (another platform,
// Refresh) cancels the older one and its late answers are dropped, so numbers never belong to
// another platform than the one selected. The selected platform is remembered.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(ConnectionManager *manager, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString currentPlatform() const { return m_platformId; } // connection id, empty when none
    void selectPlatform(const QString &connectionId);
    void refresh();
    QAction *refreshAction() const { return m_refreshAction; }
    bool isLoading() const { return m_load != nullptr; }
    const PlatformDashboard &dashboard() const { return m_data; }

    // Exports, also offered in the page's Export menu. Charts by object name (chartNames()),
    // tables: "topItems" or "overlap" as CSV, exactly as shown.
    QStringList chartNames() const;
    bool exportChart(const QString &name, const QString &path) const;
    bool exportTable(const QString &name, const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void sectionShown(PlatformDashboard::Section section);
    void loadFinished(const QString &connectionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Loading, Done, Failed };

    void buildUi();
    void rebuildPlatforms();
    void startLoad();
    void stopLoad();
    void onSection(const DashboardSection &section);
    // Everything, or after a section arrived only what shows that section: rebuilding six charts
    // per arriving section stalled the GUI thread for ~100 ms at 1M users.
    void render(std::optional<PlatformDashboard::Section> only = std::nullopt);
    void renderTiles();
    void renderCharts(std::optional<PlatformDashboard::Section> only);
    void renderTables();
    void retranslate();
    QString stateMessage(PlatformDashboard::Section section) const;
    void exportChartWithDialog(const QString &name);
    void exportTableWithDialog(const QString &name);

    ConnectionManager *m_manager;
    QString m_platformId;
    quint64 m_generation = 0;
    std::shared_ptr<DashboardLoad> m_load;
    QFutureWatcher<DashboardSection> *m_watcher = nullptr;
    PlatformDashboard m_data;
    QHash<int, State> m_states;
    QHash<int, DbError> m_errors;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_platformLabel = nullptr;
    QComboBox *m_platforms = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_refreshAction = nullptr;
    ErrorBannerWidget *m_banner = nullptr;
    KpiTileWidget *m_usersTile = nullptr;
    KpiTileWidget *m_newTile = nullptr;
    KpiTileWidget *m_activeTile = nullptr;
    KpiTileWidget *m_revenueTile = nullptr;
    QHash<QString, SeriesChartWidget *> m_charts;
    QLabel *m_topItemsLabel = nullptr;
    QComboBox *m_ranking = nullptr;
    QTableView *m_topItemsView = nullptr;
    TopItemsModel *m_topItems = nullptr;
    QLabel *m_overlapLabel = nullptr;
    QTableView *m_overlapView = nullptr;
    OverlapModel *m_overlap = nullptr;
};
