#include "connections/connectionspage.h"

#include "core/whenready.h"
#include "connections/platformfigureswidget.h"

#include "common/environmentbadge.h"
#include "common/errorbannerwidget.h"
#include "connections/connectiondialog.h"
#include "connections/passworddialog.h"
#include "db/connectionmanager.h"
#include "db/passwordstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QColor stateColor(ConnectionManager::State state)
{
    switch (state) {
    case ConnectionManager::State::Connected: return QColor(0x2e, 0x7d, 0x32);
    case ConnectionManager::State::Connecting: return QColor(0xf2, 0xa9, 0x00);
    case ConnectionManager::State::Failed: return QColor(0xc6, 0x28, 0x28);
    case ConnectionManager::State::Disconnected: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QString adapterLabel(const QString &path)
{
    if (path.startsWith(QLatin1String(":/adapters/")))
        return QCoreApplication::translate("ConnectionsPage", "%1 (built-in)").arg(QFileInfo(path).baseName());
    return QFileInfo(path).fileName();
}
} // namespace

ConnectionsPage::ConnectionsPage(ConnectionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("connectionsPage"));

    auto makeAction = [this](const QString &text, QStyle::StandardPixmap icon, const QList<QKeySequence> &keys,
                             void (ConnectionsPage::*slot)()) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addAction = makeAction(QString(), QStyle::SP_FileDialogNewFolder, {QKeySequence(Qt::Key_Insert)},
                             &ConnectionsPage::addConnection);
    m_editAction = makeAction(QString(), QStyle::SP_FileDialogDetailedView,
                              {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                              &ConnectionsPage::editConnection);
    m_deleteAction = makeAction(QString(), QStyle::SP_TrashIcon, {QKeySequence::Delete},
                                &ConnectionsPage::deleteConnection);
    m_testAction = makeAction(QString(), QStyle::SP_BrowserReload, {}, &ConnectionsPage::testConnection);
    m_connectAction = makeAction(QString(), QStyle::SP_MediaPlay, {}, &ConnectionsPage::toggleConnection);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_testAction->setObjectName(QStringLiteral("testAction"));
    m_connectAction->setObjectName(QStringLiteral("connectAction"));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_addAction, m_editAction, m_deleteAction});
    toolbar->addSeparator();
    toolbar->addActions({m_testAction, m_connectAction});

    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);

    auto *details = new QGroupBox(this);
    m_detailsBox = details;
    m_detailsTitle = new QLabel(details);
    m_detailsBadge = new EnvironmentBadge({}, details);
    m_detailsText = new QLabel(details);
    m_detailsText->setObjectName(QStringLiteral("detailsText"));
    m_detailsText->setWordWrap(true);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsBanner = new ErrorBannerWidget(details);
    m_detailsBanner->setObjectName(QStringLiteral("detailsBanner"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_detailsTitle);
    titleRow->addWidget(m_detailsBadge);
    titleRow->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(titleRow);
    detailsLayout->addWidget(m_detailsText);
    detailsLayout->addWidget(m_detailsBanner);
    m_figures = new PlatformFiguresWidget(m_manager, details);
    m_figures->setObjectName(QStringLiteral("platformFigures"));
    detailsLayout->addWidget(m_figures);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(details);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table, &QTableWidget::doubleClicked, this, &ConnectionsPage::editConnection);
    connect(m_manager, &ConnectionManager::profilesChanged, this, &ConnectionsPage::rebuild);
    connect(m_manager, &ConnectionManager::stateChanged, this, [this](const QString &id) {
        updateRow(id);
        if (id == currentId()) {
            m_testedId.clear(); // the live state replaces an older test result
            updateActions();
            updateDetails();
        }
    });
    connect(m_manager, &ConnectionManager::passwordNeeded, this, &ConnectionsPage::queuePassword);
    retranslate();
    rebuild();
}

QString ConnectionsPage::currentId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return {};
    return m_table->item(row, NameColumn)->data(kIdRole).toString();
}

ConnectionDialog *ConnectionsPage::openDialog() const
{
    return m_dialog.data();
}

void ConnectionsPage::selectProfile(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

int ConnectionsPage::rowOf(const QString &id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(kIdRole).toString() == id)
            return row;
    }
    return -1;
}

void ConnectionsPage::rebuild()
{
    const QString selected = currentId();
    const QList<ConnectionProfile> profiles = m_manager->profiles();
    m_table->clearContents();
    m_table->setRowCount(int(profiles.size()));
    for (int row = 0; row < profiles.size(); ++row) {
        const ConnectionProfile &p = profiles.at(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(kIdRole, p.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, EnvironmentColumn, new QTableWidgetItem);
        auto *cell = new QWidget(m_table);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(4, 0, 4, 0);
        cellLayout->addWidget(new EnvironmentBadge(p.environment, cell));
        cellLayout->addStretch(1);
        m_table->setCellWidget(row, EnvironmentColumn, cell);
        auto *address = new QTableWidgetItem(QStringLiteral("%1@%2").arg(p.user, p.address()));
        m_table->setItem(row, AddressColumn, address);
        auto *adapter = new QTableWidgetItem(adapterLabel(p.adapterPath));
        adapter->setToolTip(p.adapterPath);
        m_table->setItem(row, AdapterColumn, adapter);
        m_table->setItem(row, StateColumn, new QTableWidgetItem);
        updateRow(p.id);
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(EnvironmentColumn);
    m_table->resizeColumnToContents(AdapterColumn);
    m_table->setColumnWidth(NameColumn, qMax(m_table->columnWidth(NameColumn), 160));
    if (!selected.isEmpty())
        selectProfile(selected);
    else if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
    updateDetails();
}

void ConnectionsPage::updateRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const ConnectionManager::Status s = m_manager->status(id);
    QTableWidgetItem *item = m_table->item(row, StateColumn);
    item->setIcon(dot(stateColor(s.state)));
    item->setText(ConnectionManager::stateText(s.state));
    item->setToolTip(s.state == ConnectionManager::State::Failed ? s.error.message : QString());
}

void ConnectionsPage::updateActions()
{
    const QString id = currentId();
    const bool has = !id.isEmpty();
    m_editAction->setEnabled(has);
    m_deleteAction->setEnabled(has);
    m_testAction->setEnabled(has);
    m_connectAction->setEnabled(has);
    const ConnectionManager::State st = m_manager->state(id);
    const bool active = st == ConnectionManager::State::Connected || st == ConnectionManager::State::Connecting;
    m_connectAction->setText(active ? tr("Dis&connect") : tr("&Connect"));
    m_connectAction->setIcon(style()->standardIcon(active ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
}

void ConnectionsPage::updateDetails()
{
    const QString id = currentId();
    const auto p = m_manager->profile(id);
    m_figures->showPlatform(p ? id : QString());
    if (!p) {
        m_detailsTitle->setText(tr("No connection selected. Add one with \"Add…\" (Insert)."));
        m_detailsBadge->setEnvironment({});
        m_detailsText->clear();
        m_detailsBanner->clear();
        return;
    }
    m_detailsTitle->setText(QStringLiteral("<b>%1</b>").arg(p->name.toHtmlEscaped()));
    m_detailsBadge->setEnvironment(p->environment);
    const ConnectionManager::Status s = m_manager->status(id);
    QStringList lines;
    lines << tr("User %1 on %2, SSL mode %3").arg(p->user, p->address(), p->sslMode);
    lines << tr("Adapter: %1").arg(p->adapterPath);
    if (s.state == ConnectionManager::State::Connected)
        lines << tr("PostgreSQL %1, %2, connected since %3")
                     .arg(s.serverVersion, s.tls ? tr("encrypted (TLS)") : tr("not encrypted"),
                          QLocale().toString(s.since, QLocale::ShortFormat));
    m_detailsText->setText(lines.join(QLatin1Char('\n')));
    if (m_testedId == id)
        return; // keep showing the test result until the state changes
    switch (s.state) {
    case ConnectionManager::State::Failed: m_detailsBanner->showError(s.error); break;
    case ConnectionManager::State::Connected: m_detailsBanner->showSuccess(tr("Connected.")); break;
    case ConnectionManager::State::Connecting: m_detailsBanner->showInfo(tr("Connecting…")); break;
    case ConnectionManager::State::Disconnected: m_detailsBanner->clear(); break;
    }
}

void ConnectionsPage::addConnection()
{
    if (m_dialog)
        return;
    m_dialog = new ConnectionDialog(m_manager, std::nullopt, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { selectProfile(m_dialog->savedProfile().id); });
    m_dialog->open();
}

void ConnectionsPage::editConnection()
{
    const auto p = m_manager->profile(currentId());
    if (!p || m_dialog)
        return;
    m_dialog = new ConnectionDialog(m_manager, p, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void ConnectionsPage::deleteConnection()
{
    const auto p = m_manager->profile(currentId());
    if (!p)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete connection"),
                                tr("Delete the connection \"%1\" (%2)? Its saved password is removed as well; "
                                   "the database itself is not touched.")
                                    .arg(p->name, EnvironmentBadge::textFor(p->environment)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = p->id;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_manager->removeProfile(id);
    });
    box->open();
}

void ConnectionsPage::testConnection()
{
    const auto p = m_manager->profile(currentId());
    if (!p)
        return;
    const quint64 generation = ++m_testGeneration;
    m_testedId = p->id;
    m_testAction->setEnabled(false);
    m_detailsBanner->showInfo(tr("Testing the connection to %1…").arg(p->address()));
    const QString id = p->id;
    whenReady(m_manager->testProfile(*p), this, [this, generation, id](const ConnectionTestResult &result) {
        if (generation != m_testGeneration)
            return;
        updateActions();
        if (currentId() != id || m_testedId != id)
            return;
        if (result.ok())
            m_detailsBanner->showSuccess(tr("Test passed: PostgreSQL %1, %2, adapter \"%3\" matches (%4 ms).")
                                             .arg(result.serverVersion,
                                                  result.tls ? tr("encrypted (TLS)") : tr("not encrypted"),
                                                  result.adapterName)
                                             .arg(result.elapsedMs));
        else
            m_detailsBanner->showError(result.error);
    });
}

void ConnectionsPage::toggleConnection()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_testedId.clear();
    const ConnectionManager::State st = m_manager->state(id);
    if (st == ConnectionManager::State::Connected || st == ConnectionManager::State::Connecting)
        m_manager->disconnectProfile(id);
    else
        m_manager->connectProfile(id);
}

void ConnectionsPage::queuePassword(const QString &id, const DbError &reason)
{
    m_passwordReasons.insert(id, reason);
    if (!m_pendingPasswords.contains(id))
        m_pendingPasswords << id;
    askNextPassword();
}

void ConnectionsPage::askNextPassword()
{
    if (m_passwordDialog || m_pendingPasswords.isEmpty())
        return;
    const QString id = m_pendingPasswords.takeFirst();
    const auto p = m_manager->profile(id);
    if (!p) {
        askNextPassword();
        return;
    }
    m_passwordDialog = new PasswordDialog(*p, m_passwordReasons.take(id),
                                          m_manager->passwordStore()->keychainAvailable(), this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    PasswordDialog *dialog = m_passwordDialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, id](int result) {
        if (result == QDialog::Accepted)
            m_manager->providePassword(id, dialog->password(), dialog->remember());
        // Let the dialog go before the next one opens (WA_DeleteOnClose deletes it later).
        m_passwordDialog = nullptr;
        QMetaObject::invokeMethod(this, &ConnectionsPage::askNextPassword, Qt::QueuedConnection);
    });
    m_passwordDialog->open();
}

void ConnectionsPage::retranslate()
{
    m_addAction->setText(tr("&Add…"));
    m_editAction->setText(tr("&Edit…"));
    m_deleteAction->setText(tr("&Delete…"));
    m_testAction->setText(tr("&Test"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Environment"), tr("Address"), tr("Adapter"), tr("State")});
    m_detailsBox->setTitle(tr("Details"));
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}
