#include "users/profileview.h"

#include "common/errorbannerwidget.h"
#include "users/conflictspanel.h"
#include "users/personaldata.h"
#include "users/profilechartspanel.h"
#include "users/profiletables.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMeasuredRows = 50;

int rowsHeight(QTableView *view, int maxRows)
{
    // The rows' real heights (fonts differ between languages), up to maxRows, plus header and frame.
    int rows = 0;
    for (int r = 0; r < qMin(view->model()->rowCount(), maxRows); ++r)
        rows += view->rowHeight(r);
    // Columns wider than the view bring a horizontal scroll bar, which takes a row's place.
    const int scrollBar = view->horizontalHeader()->length() > view->viewport()->width()
            || view->horizontalScrollBar()->maximum() > 0
        ? view->horizontalScrollBar()->sizeHint().height()
        : 0;
    return view->horizontalHeader()->sizeHint().height() + rows + scrollBar + 2 * view->frameWidth() + 2;
}

} // namespace

ProfileView::ProfileView(UserDirectory *directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("profileScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_recommend = new QPushButton(this);
    m_recommend->setObjectName(QStringLiteral("recommendButton"));
    m_recommend->setEnabled(false);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_errors = new ErrorBannerWidget(this);
    m_errors->hide();

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_busy);
    header->addWidget(m_scope);
    header->addWidget(m_reveal);
    header->addWidget(m_recommend);
    header->addWidget(m_pdf);

    m_accounts = new AccountsModel(this);
    m_facts = new FactsModel(this);
    m_purchases = new PurchasesModel(this);
    m_progress = new ProgressModel(this);
    m_conflicts = new ConflictsPanel(this);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_charts = new ProfileChartsPanel(this);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("profileContent"));
    auto *identities = new QWidget;
    auto *identitiesLayout = new QVBoxLayout(identities);
    identitiesLayout->setContentsMargins(0, 0, 0, 0);
    identitiesLayout->addWidget(table(m_accounts, QStringLiteral("accountsTable")));
    identitiesLayout->addWidget(m_conflicts);
    auto *purchases = new QWidget;
    auto *purchasesLayout = new QVBoxLayout(purchases);
    purchasesLayout->setContentsMargins(0, 0, 0, 0);
    purchasesLayout->addWidget(m_totals);
    purchasesLayout->addWidget(table(m_purchases, QStringLiteral("purchasesTable")));

    auto *content = new QVBoxLayout(m_content);
    content->addWidget(section(QStringLiteral("identities"), &m_identitiesTitle, identities, &m_identitiesExport));
    content->addWidget(section(QStringLiteral("facts"), &m_factsTitle, table(m_facts, QStringLiteral("factsTable")), &m_factsExport));
    content->addWidget(section(QStringLiteral("purchases"), &m_purchasesTitle, purchases, &m_purchasesExport));
    content->addWidget(section(QStringLiteral("progress"), &m_progressTitle, table(m_progress, QStringLiteral("progressTable")), &m_progressExport));
    content->addWidget(section(QStringLiteral("charts"), &m_chartsTitle, m_charts));
    content->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errors);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);

    connect(m_identitiesExport, &QToolButton::clicked, this, [this] { exportTable(m_accounts, QStringLiteral("identities")); });
    connect(m_factsExport, &QToolButton::clicked, this, [this] { exportTable(m_facts, QStringLiteral("facts")); });
    connect(m_purchasesExport, &QToolButton::clicked, this, [this] { exportTable(m_purchases, QStringLiteral("purchases")); });
    connect(m_progressExport, &QToolButton::clicked, this, [this] { exportTable(m_progress, QStringLiteral("progress")); });
    connect(m_reveal, &QPushButton::clicked, this, &ProfileView::revealPersonalData);
    connect(m_pdf, &QPushButton::clicked, this, &ProfileView::chooseAndExportPdf);
    connect(m_recommend, &QPushButton::clicked, this, [this] { emit previewRecommendations(m_person); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ProfileView::applyScope);
    connect(m_directory, &UserDirectory::profilesLoaded, this, &ProfileView::onProfilesLoaded);
    connect(m_charts, &ProfileChartsPanel::chartsShown, this, &ProfileView::onChartsShown);
    connect(m_conflicts, &ConflictsPanel::decisionRequested, this,
            [this](const QList<Person::Conflict> &pairs, IdentityDecision::Verdict verdict) {
                QList<IdentityDecision> decisions;
                for (const Person::Conflict &c : pairs)
                    decisions.append(IdentityDecision::make(
                        IdentityDecision::accountId(c.a.account.platform, c.a.account.userKey),
                        IdentityDecision::accountId(c.b.account.platform, c.b.account.userKey), verdict, c.shared));
                m_conflicts->setBusy(true);
                m_directory->decide(decisions);
            });
    connect(m_directory, &UserDirectory::decisionRecorded, m_conflicts, [this] { m_conflicts->setBusy(false); });
    connect(m_directory, &UserDirectory::decisionFailed, this, [this](DbError error) {
        m_conflicts->setBusy(false);
        error.message = tr("The decision could not be recorded in the workspace: %1").arg(error.message);
        m_errors->showError(error);
        m_errors->show();
    });
    retranslate();
    clear();
}

QWidget *ProfileView::section(const QString &objectName, QLabel **title, QWidget *content, QToolButton **exportButton)
{
    auto *box = new QWidget;
    box->setObjectName(objectName + QStringLiteral("Section"));
    auto *row = new QHBoxLayout;
    *title = new QLabel;
    QFont f = (*title)->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    (*title)->setFont(f);
    row->addWidget(*title, 1);
    if (exportButton) {
        *exportButton = new QToolButton;
        (*exportButton)->setObjectName(objectName + QStringLiteral("Export"));
        (*exportButton)->setAutoRaise(true);
        row->addWidget(*exportButton);
    }
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addLayout(row);
    layout->addWidget(content);
    return box;
}

QTableView *ProfileView::table(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    // Tables grow with their rows up to a dozen, then scroll: the page scrolls as a whole.
    // Columns and the row height are measured on the first rows only: a heavy user's hundreds
    // of rows would keep the GUI thread busy measuring text.
    view->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    auto fit = [view] {
        view->resizeColumnsToContents();
        int height = 0;
        for (int r = 0; r < qMin(view->model()->rowCount(), kMeasuredRows); ++r) {
            view->resizeRowToContents(r); // fonts differ between languages
            height = qMax(height, view->rowHeight(r));
        }
        if (height > 0)
            view->verticalHeader()->setDefaultSectionSize(height);
        view->setFixedHeight(rowsHeight(view, 12));
    };
    connect(model, &QAbstractItemModel::modelReset, view, fit);
    // The scroll bar comes and goes with the page's width: the height follows.
    connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, view,
            [view] { view->setFixedHeight(rowsHeight(view, 12)); });
    connect(model, &QAbstractItemModel::dataChanged, view, fit);
    return view;
}

void ProfileView::clear()
{
    m_person = {};
    m_shownAfterCharts = false;
    m_conflicts->setPerson({});
    m_profiles.clear();
    m_request = 0;
    m_loading = false;
    m_revealed = false;
    m_busy->hide();
    m_errors->hide();
    m_scroll->hide();
    m_empty->show();
    m_title->clear();
    m_subtitle->clear();
    m_scope->clear();
    m_reveal->setEnabled(false);
    m_pdf->setEnabled(false);
    m_recommend->setEnabled(false);
}

void ProfileView::showPerson(const Person &person)
{
    m_person = person;
    m_shownAfterCharts = false;
    m_profiles.clear();
    m_revealed = false;
    m_loading = true;
    m_errors->hide();
    m_empty->hide();
    m_scroll->show();
    m_busy->show();
    m_reveal->setEnabled(true);
    m_pdf->setEnabled(false);
    m_recommend->setEnabled(true);
    {
        const QSignalBlocker block(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("Whole person (%n account(s))", nullptr, int(person.accounts.size())));
        for (const UserSearch::Hit &h : person.accounts)
            m_scope->addItem(tr("%1 account %2").arg(h.account.platform, h.account.userKey));
        m_scope->setEnabled(person.accounts.size() > 1);
    }
    m_accounts->setPerson(person);
    m_conflicts->setPerson(person);
    for (ProfileTableModel *m : std::initializer_list<ProfileTableModel *>{m_accounts, m_facts, m_purchases, m_progress})
        m->setRevealed(false);
    applyScope();
    m_request = m_directory->loadProfiles(person.refs());
    retranslate();
}

void ProfileView::onProfilesLoaded(quint64 request, const QList<Profile::AccountProfile> &profiles,
                                   const QList<UserDirectory::PlatformError> &errors)
{
    if (request != m_request)
        return; // an answer for a person no longer shown
    m_loading = false;
    m_busy->hide();
    m_profiles = profiles;
    if (!errors.isEmpty()) {
        DbError shown = errors.first().error;
        if (errors.size() > 1 || shown.message.isEmpty())
            shown.message = tr("%n platform(s) could not be read: %1", nullptr, int(errors.size())).arg(errors.first().error.message);
        else
            shown.message = tr("%1: %2").arg(errors.first().platform, shown.message);
        m_errors->showError(shown);
        m_errors->show();
    }
    m_pdf->setEnabled(!profiles.isEmpty());
    m_shownAfterCharts = true; // profileShown once the charts are drawn
    applyScope();
}

void ProfileView::onChartsShown()
{
    if (m_shownAfterCharts) {
        m_shownAfterCharts = false;
        emit profileShown();
    }
}

void ProfileView::applyScope()
{
    // Index 0: every account; i > 0: account i - 1 only.
    const int scope = m_scope->currentIndex();
    QList<Profile::AccountProfile> shown;
    for (const Profile::AccountProfile &p : m_profiles)
        if (scope <= 0 || (scope - 1 < m_person.accounts.size() && p.account == m_person.accounts.at(scope - 1).account))
            shown.append(p);
    m_facts->setProfiles(shown);
    m_purchases->setProfiles(shown);
    m_progress->setProfiles(shown);
    // The charts in later turns of the event loop, one each: tables and charts together would
    // keep the GUI thread busy for one long stretch. profileShown follows the last chart.
    m_charts->showProfiles(shown);
    updateTotals(shown);
}

void ProfileView::updateTotals(const QList<Profile::AccountProfile> &shown)
{
    Profile::Totals t;
    for (const Profile::AccountProfile &p : shown) {
        t.orders += p.totals.orders;
        t.refunds += p.totals.refunds;
        t.paidFen += p.totals.paidFen;
        t.refundedFen += p.totals.refundedFen;
    }
    m_totals->setText(m_loading ? tr("Loading…")
                                : tr("%n order(s), %1 paid, %2 refunded, %4 net (refunds: %3)", nullptr, t.orders)
                                      .arg(ProfileTableModel::money(t.paidFen), ProfileTableModel::money(t.refundedFen))
                                      .arg(t.refunds)
                                      .arg(ProfileTableModel::money(t.netFen())));
}

void ProfileView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_accounts->retranslate();
        applyScope(); // the other tables are filled anew, in the new language
    }
    QWidget::changeEvent(event);
}

void ProfileView::retranslate()
{
    m_reveal->setText(m_revealed ? tr("Mask personal data") : tr("Reveal personal data…"));
    m_reveal->setToolTip(tr("Show this person's names, e-mail addresses and phone numbers unmasked (recorded for audit)."));
    m_pdf->setText(tr("Export PDF…"));
    m_recommend->setText(tr("Recommendations…"));
    m_recommend->setToolTip(tr("What the platforms would recommend to this person, and what they will see on day one after a migration."));
    m_empty->setText(tr("Search for a person above and choose them to see their profile."));
    m_identitiesTitle->setText(tr("Identities"));
    m_factsTitle->setText(tr("Basic facts"));
    m_purchasesTitle->setText(tr("Purchases"));
    m_progressTitle->setText(tr("Learning progress"));
    m_chartsTitle->setText(tr("Behaviour"));
    for (QToolButton *b : {m_identitiesExport, m_factsExport, m_purchasesExport, m_progressExport}) {
        b->setText(tr("Export CSV…"));
        b->setToolTip(tr("Save this table as a CSV file, as shown"));
    }
    if (m_scope->count() > 0) {
        const QSignalBlocker block(m_scope);
        m_scope->setItemText(0, tr("Whole person (%n account(s))", nullptr, int(m_person.accounts.size())));
        for (int i = 0; i < m_person.accounts.size(); ++i)
            m_scope->setItemText(i + 1, tr("%1 account %2").arg(m_person.accounts[i].account.platform,
                                                                m_person.accounts[i].account.userKey));
    }
    if (m_person.accounts.isEmpty())
        return;
    const QString name = m_person.name();
    m_title->setText(m_revealed ? name : PersonalData::maskName(name));
    m_subtitle->setText(tr("On %1 · %n account(s)", nullptr, int(m_person.accounts.size())).arg(m_person.platforms.join(tr(", "))));
    m_conflicts->setRevealed(m_revealed);
}
