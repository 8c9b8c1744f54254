// DashboardPage: putting the figures on screen (tiles, charts, tables, texts). Loading and the
// page's structure are in dashboardpage.cpp.
#include "dashboard/dashboardpage.h"

#include "charts/serieschartwidget.h"
#include "common/errorbannerwidget.h"
#include "core/figureformat.h"
#include "dashboard/kpitilewidget.h"
#include "dashboard/overlapmodel.h"
#include "dashboard/topitemsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QTimeZone>
#include <QToolButton>

namespace {
using Section = PlatformDashboard::Section;

QList<double> toDoubles(const QList<qlonglong> &values)
{
    QList<double> out;
    for (qlonglong v : values)
        out.append(double(v));
    return out;
}

QStringList monthLabels(const QList<QDate> &months)
{
    QStringList out;
    for (const QDate &m : months)
        out << m.toString(QStringLiteral("yy-MM"));
    return out;
}

double share(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0;
}
} // namespace

QString DashboardPage::stateMessage(Section section) const
{
    switch (m_states.value(int(section), State::Idle)) {
    case State::Loading: return tr("Loading…");
    case State::Failed: return tr("Could not be loaded: %1").arg(m_errors.value(int(section)).message);
    case State::Idle: return m_platformId.isEmpty() ? QString() : tr("Not loaded.");
    case State::Done: return {};
    }
    return {};
}

void DashboardPage::render(std::optional<Section> only)
{
    m_refreshAction->setEnabled(!m_platformId.isEmpty());
    m_exportButton->setEnabled(!m_platformId.isEmpty());
    int done = 0;
    for (State s : m_states)
        done += s == State::Done || s == State::Failed ? 1 : 0;
    if (m_platformId.isEmpty())
        m_status->clear();
    else if (isLoading())
        m_status->setText(tr("Loading… %1 of %2 sections").arg(done).arg(m_states.size()));
    else if (m_data.latestDay.isValid())
        m_status->setText(tr("Up to %1, the latest activity on this platform; days and months in %2.")
                              .arg(m_data.latestDay.toString(Qt::ISODate), QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    else
        m_status->clear();
    renderTiles();
    renderCharts(only);
    if (!only || *only == Section::Items || *only == Section::Overlap)
        renderTables();
}

void DashboardPage::renderTiles()
{
    const QString month = m_data.kpiMonth.isValid() ? m_data.kpiMonth.toString(QStringLiteral("yyyy-MM")) : QString();
    auto tile = [&](KpiTileWidget *t, Section section, const QString &value) {
        const State s = m_states.value(int(section), State::Idle);
        t->setValue(s == State::Done ? value : s == State::Loading ? QStringLiteral("…") : QStringLiteral("–"));
        t->setToolTip(stateMessage(section));
    };
    tile(m_usersTile, Section::Summary, FigureFormat::count(m_data.totalUsers));
    tile(m_newTile, Section::NewUsers, FigureFormat::count(m_data.newUsersPerMonth.valueAt(m_data.kpiMonth)));
    tile(m_activeTile, Section::Activity, FigureFormat::count(m_data.activeUsersPerMonth.valueAt(m_data.kpiMonth)));
    tile(m_revenueTile, Section::Revenue, FigureFormat::yuan(m_data.revenuePerMonth.valueAt(m_data.kpiMonth)));
    m_usersTile->setNote(tr("accounts in total"));
    for (KpiTileWidget *t : {m_newTile, m_activeTile, m_revenueTile})
        t->setNote(month.isEmpty() ? QString() : tr("%1, the last full month").arg(month));
}

void DashboardPage::renderCharts(std::optional<Section> only)
{
    auto show = [&](const QString &name, Section section, auto draw) {
        if (only && *only != section)
            return;
        SeriesChartWidget *chart = m_charts.value(name);
        if (m_states.value(int(section), State::Idle) == State::Done)
            draw(chart);
        else
            chart->showMessage(stateMessage(section));
    };
    show(QStringLiteral("newPerDay"), Section::NewUsers, [&](SeriesChartWidget *c) {
        c->showLine(m_data.newUsersPerDay.periods, {{tr("New users"), toDoubles(m_data.newUsersPerDay.values)}});
    });
    show(QStringLiteral("activePerDay"), Section::Activity, [&](SeriesChartWidget *c) {
        c->showLine(m_data.activeUsersPerDay.periods, {{tr("Active users"), toDoubles(m_data.activeUsersPerDay.values)}});
    });
    show(QStringLiteral("newPerMonth"), Section::NewUsers, [&](SeriesChartWidget *c) {
        c->showBars(monthLabels(m_data.newUsersPerMonth.periods), {{tr("New users"), toDoubles(m_data.newUsersPerMonth.values)}});
    });
    show(QStringLiteral("activePerMonth"), Section::Activity, [&](SeriesChartWidget *c) {
        c->showBars(monthLabels(m_data.activeUsersPerMonth.periods),
                    {{tr("Active users"), toDoubles(m_data.activeUsersPerMonth.values)}});
    });
    show(QStringLiteral("revenuePerMonth"), Section::Revenue, [&](SeriesChartWidget *c) {
        QList<double> values;
        for (const QString &y : m_data.revenuePerMonth.yuan)
            values.append(FigureFormat::toDouble(y));
        c->showBars(monthLabels(m_data.revenuePerMonth.periods), {{tr("Net revenue"), values}});
    });
    show(QStringLiteral("categoryMix"), Section::Items, [&](SeriesChartWidget *c) {
        if (m_data.categories.isEmpty()) {
            c->showMessage(tr("No orders in this period."));
            return;
        }
        double orders = 0, revenue = 0;
        for (const DashboardCategory &k : m_data.categories) {
            orders += double(k.orders);
            revenue += FigureFormat::toDouble(k.netRevenue);
        }
        QStringList names;
        SeriesChartWidget::Series byOrders{tr("Share of orders"), {}}, byRevenue{tr("Share of net revenue"), {}};
        // Largest at the top: horizontal bars are drawn from the bottom up.
        for (auto it = m_data.categories.crbegin(); it != m_data.categories.crend(); ++it) {
            names << (it->category.isEmpty() ? tr("Uncategorised") : it->category);
            byOrders.values << share(double(it->orders), orders);
            byRevenue.values << share(FigureFormat::toDouble(it->netRevenue), revenue);
        }
        c->showBars(names, {byOrders, byRevenue}, SeriesChartWidget::Bars::Horizontal);
    });
}

void DashboardPage::renderTables()
{
    const bool items = m_states.value(int(Section::Items)) == State::Done;
    m_topItems->setItems(items ? m_data.topItems : QList<DashboardItem>(), 10);
    const QString itemsState = stateMessage(Section::Items);
    m_topItemsLabel->setText(itemsState.isEmpty() ? tr("Top items, last 24 months") : tr("Top items: %1").arg(itemsState));
    const bool overlap = m_states.value(int(Section::Overlap)) == State::Done;
    m_overlap->setOverlaps(overlap ? m_data.people : 0, overlap ? m_data.overlaps : QList<DashboardOverlap>());
    const QString overlapState = stateMessage(Section::Overlap);
    if (!overlapState.isEmpty())
        m_overlapLabel->setText(tr("Shared people: %1").arg(overlapState));
    else if (m_data.overlaps.isEmpty())
        m_overlapLabel->setText(tr("Shared people: connect another platform to see who is on both."));
    else
        m_overlapLabel->setText(tr("Shared people (%1 people here, linked by e-mail or phone)").arg(FigureFormat::count(m_data.people)));
}

void DashboardPage::retranslate()
{
    m_emptyLabel->setText(tr("No platform is connected.\nConnect a platform on the Platforms page to see its dashboard."));
    m_platformLabel->setText(tr("Platform:"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Load the figures again (F5)"));
    m_exportButton->setText(tr("Export"));
    m_usersTile->setCaption(tr("Users"));
    m_newTile->setCaption(tr("New users"));
    m_activeTile->setCaption(tr("Active users"));
    m_revenueTile->setCaption(tr("Net revenue"));
    const QHash<QString, QString> titles{
        {QStringLiteral("newPerDay"), tr("New users per day (last 90 days)")},
        {QStringLiteral("activePerDay"), tr("Active users per day (last 90 days)")},
        {QStringLiteral("newPerMonth"), tr("New users per month")},
        {QStringLiteral("activePerMonth"), tr("Active users per month")},
        {QStringLiteral("revenuePerMonth"), tr("Net revenue per month (refunds subtracted)")},
        {QStringLiteral("categoryMix"), tr("Category mix, last 24 months (% by top-level category)")},
    };
    QMenu *menu = m_exportButton->menu();
    menu->clear();
    for (const QString &name : chartNames()) {
        SeriesChartWidget *chart = m_charts.value(name);
        chart->setTitle(titles.value(name));
        for (QAction *a : chart->actions())
            a->setText(tr("Save chart as PNG…"));
        menu->addAction(tr("%1 as PNG…").arg(titles.value(name)), this, [this, name] { exportChartWithDialog(name); });
    }
    menu->addSeparator();
    menu->addAction(tr("Top items as CSV…"), this, [this] { exportTableWithDialog(QStringLiteral("topItems")); });
    menu->addAction(tr("Shared people as CSV…"), this, [this] { exportTableWithDialog(QStringLiteral("overlap")); });
    const int ranking = m_ranking->currentIndex();
    m_ranking->setItemText(0, tr("By net revenue"));
    m_ranking->setItemText(1, tr("By buyers"));
    m_ranking->setCurrentIndex(ranking);
    render(); // texts made of state and figures
}
