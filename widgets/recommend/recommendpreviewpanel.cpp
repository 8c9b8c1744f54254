#include "recommend/recommendpreviewpanel.h"

#include "charts/serieschartwidget.h"
#include "common/errorbannerwidget.h"
#include "core/appsettings.h"
#include "core/tablecsv.h"
#include "db/connectionmanager.h"
#include "migration/migrationplan.h"
#include "recommend/previewtablemodel.h"
#include "recommend/recommendreason.h"
#include "users/personaldata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace {
const char *kSplitterKey = "recommend/previewSplitter";
const char *kVerticalKey = "recommend/previewVertical";
const char *kTopKey = "recommend/top";
constexpr int kMixCategories = 8;

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->setTextElideMode(Qt::ElideRight);
    return v;
}

void fitColumn(QTableView *view, int column, int most)
{
    view->resizeColumnToContents(column);
    if (view->columnWidth(column) > most)
        view->setColumnWidth(column, most);
}

QLabel *title(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

RecommendPreviewPanel::RecommendPreviewPanel(ConnectionManager *connections, RecommendEngine *engine, QWidget *parent)
    : QWidget(parent), m_connections(connections), m_engine(engine), m_directory(new UserDirectory(connections, this))
{
    m_findLabel = new QLabel(this);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("previewFind"));
    m_find->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_find);
    m_peopleLabel = new QLabel(this);
    m_people = new QComboBox(this);
    m_people->setObjectName(QStringLiteral("previewPeople"));
    m_people->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_people->setMinimumContentsLength(16);
    m_peopleLabel->setBuddy(m_people);
    m_targetLabel = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("previewTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(10);
    m_targetLabel->setBuddy(m_target);
    for (int side = 0; side < 2; ++side) {
        m_modelLabels[side] = new QLabel(this);
        m_kinds[side] = new QComboBox(this);
        m_kinds[side]->setObjectName(side == 0 ? QStringLiteral("previewModelA") : QStringLiteral("previewModelB"));
        m_kinds[side]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_kinds[side]->setMinimumContentsLength(12);
        m_modelLabels[side]->setBuddy(m_kinds[side]);
    }
    m_topLabel = new QLabel(this);
    m_top = new QSpinBox(this);
    m_top->setObjectName(QStringLiteral("previewTop"));
    m_top->setRange(1, 100);
    m_topLabel->setBuddy(m_top);
    m_dayOne = new QCheckBox(this);
    m_dayOne->setObjectName(QStringLiteral("previewDayOne"));
    m_retrain = new QPushButton(this);
    m_retrain->setObjectName(QStringLiteral("previewRetrain"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("previewCancel"));
    m_plan = new QPushButton(this);
    m_plan->setObjectName(QStringLiteral("previewPlan"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("previewExport"));
    m_export->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_errors = new ErrorBannerWidget(this);
    m_errors->hide();

    m_history = new PreviewTableModel(PreviewTableModel::Kind::History, this);
    m_historyView = table(m_history, QStringLiteral("previewHistory"), this);
    // The title takes what the narrow pane leaves; the short columns keep their width.
    m_historyView->horizontalHeader()->setStretchLastSection(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_historyTitle = title(this);
    auto *historyBox = new QWidget(this);
    auto *hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(m_historyTitle);
    hl->addWidget(m_historyView, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("previewSplitter"));
    m_splitter->addWidget(historyBox);
    for (int side = 0; side < 2; ++side) {
        m_lists[side] = new PreviewTableModel(PreviewTableModel::Kind::Recommendations, this);
        m_listViews[side] = table(m_lists[side], side == 0 ? QStringLiteral("previewListA") : QStringLiteral("previewListB"), this);
        // The reason is what people read: it takes the room; the category is in the tooltip.
        m_listViews[side]->setColumnHidden(4, true);
        m_listViews[side]->horizontalHeader()->setStretchLastSection(false);
        m_listViews[side]->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
        m_listTitles[side] = title(this);
        m_notes[side] = new QLabel(this);
        m_notes[side]->setWordWrap(true);
        m_notes[side]->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_notes[side]->hide();
        auto *box = new QWidget(this);
        auto *bl = new QVBoxLayout(box);
        bl->setContentsMargins(0, 0, 0, 0);
        bl->addWidget(m_listTitles[side]);
        bl->addWidget(m_notes[side]);
        bl->addWidget(m_listViews[side], 1);
        m_splitter->addWidget(box);
    }
    m_splitter->setSizes({360, 560, 560});
    m_chart = new SeriesChartWidget(this);
    m_chart->setObjectName(QStringLiteral("previewMixChart"));
    m_chart->setValueFormat(QStringLiteral("%.0f%%"));
    m_chart->setValueMaximum(100);
    m_chart->setMinimumHeight(160);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_splitter);
    m_vertical->addWidget(m_chart);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);

    auto *pick = new QGridLayout;
    pick->addWidget(m_findLabel, 0, 0);
    pick->addWidget(m_find, 0, 1);
    pick->addWidget(m_peopleLabel, 0, 2);
    pick->addWidget(m_people, 0, 3, 1, 3);
    pick->addWidget(m_targetLabel, 1, 0);
    pick->addWidget(m_target, 1, 1);
    pick->addWidget(m_modelLabels[0], 1, 2);
    pick->addWidget(m_kinds[0], 1, 3);
    pick->addWidget(m_modelLabels[1], 1, 4);
    pick->addWidget(m_kinds[1], 1, 5);
    pick->setColumnStretch(1, 2);
    pick->setColumnStretch(3, 2);
    pick->setColumnStretch(5, 2);
    auto *options = new QHBoxLayout;
    options->addWidget(m_topLabel);
    options->addWidget(m_top);
    options->addSpacing(12);
    options->addWidget(m_dayOne);
    options->addStretch(1);
    options->addWidget(m_plan);
    options->addWidget(m_export);
    options->addWidget(m_retrain);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(options);
    layout->addLayout(statusRow);
    layout->addWidget(m_errors);
    layout->addWidget(m_vertical, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findPerson(m_find->text()); });
    connect(m_directory, &UserDirectory::searchFinished, this,
            [this](quint64 r, const QList<Person> &people) { onSearch(r, people); });
    connect(m_people, &QComboBox::activated, this, [this](int i) {
        if (i >= 0 && i < m_found.size()) {
            m_person = m_found[i];
            updateKinds();
            request();
        }
    });
    // Programmatic changes count as well (the users area opens a person on a given target); the
    // lists are refilled under signal blockers.
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { updateKinds(); request(); });
    for (int side = 0; side < 2; ++side)
        connect(m_kinds[side], &QComboBox::currentIndexChanged, this, &RecommendPreviewPanel::request);
    connect(m_top, &QSpinBox::editingFinished, this, &RecommendPreviewPanel::request);
    connect(m_dayOne, &QCheckBox::toggled, this, [this] { updateKinds(); request(); });
    connect(m_retrain, &QPushButton::clicked, this, [this] {
        const QString id = m_target->currentData().toString();
        if (!id.isEmpty()) {
            m_engine->prepare(id, true);
            request();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Only what this preview waits for (the evaluation may be waiting for other platforms).
        QStringList ids{m_target->currentData().toString()};
        if (m_person)
            for (const auto &a : m_person->refs())
                ids.append(a.connectionId);
        ids.removeDuplicates();
        for (const QString &id : ids)
            m_engine->cancel(id);
    });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a migration plan"), QString(), tr("Migration plans (*.json)"));
        if (!path.isEmpty())
            openPlan(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export recommendations"), tr("recommendations.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            m_errors->showError(DbError::make(DbError::Kind::Io, error));
        else
            m_errors->showSuccess(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        m_errors->show();
    });
    connect(m_engine, &RecommendEngine::statusChanged, this, &RecommendPreviewPanel::updateStatus);
    connect(m_engine, &RecommendEngine::previewReady, this, &RecommendPreviewPanel::onPreview);
    connect(m_engine, &RecommendEngine::previewFailed, this, [this](quint64 r, const QString &message) {
        if (r != m_request)
            return;
        m_errors->showError(DbError::make(DbError::Kind::Other, message));
        m_errors->show();
        updateStatus();
    });
    connect(m_connections, &ConnectionManager::stateChanged, this, &RecommendPreviewPanel::updateTargets);
    connect(m_connections, &ConnectionManager::profilesChanged, this, &RecommendPreviewPanel::updateTargets);

    const auto settings = AppSettings::open();
    m_splitter->restoreState(settings->value(QLatin1String(kSplitterKey)).toByteArray());
    m_vertical->restoreState(settings->value(QLatin1String(kVerticalKey)).toByteArray());
    m_top->setValue(settings->value(QLatin1String(kTopKey), 10).toInt());
    retranslate();
    updateTargets();
}

RecommendPreviewPanel::~RecommendPreviewPanel()
{
    const auto settings = AppSettings::open();
    settings->setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings->setValue(QLatin1String(kVerticalKey), m_vertical->saveState());
    settings->setValue(QLatin1String(kTopKey), m_top->value());
}

void RecommendPreviewPanel::retranslate()
{
    m_findLabel->setText(tr("&Person:"));
    m_find->setPlaceholderText(tr("Name, phone or e-mail, then Enter"));
    m_peopleLabel->setText(tr("F&ound:"));
    m_targetLabel->setText(tr("&Target platform:"));
    m_modelLabels[0]->setText(tr("Model &A:"));
    m_modelLabels[1]->setText(tr("Model &B:"));
    m_topLabel->setText(tr("&Top:"));
    m_dayOne->setText(tr("As on &day one"));
    m_dayOne->setToolTip(tr("Ignore the person's history on the target: what they would be offered there on the first day after a migration."));
    m_retrain->setText(tr("&Retrain"));
    m_retrain->setToolTip(tr("Read the target platform's interactions again and train its models anew."));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("&Export CSV…"));
    m_plan->setText(tr("From a &plan…"));
    m_plan->setToolTip(tr("Open a migration plan: its target, its category map, and the people it moves, on day one."));
    m_history->retranslate();
    for (auto *l : m_lists)
        l->retranslate();
    m_chart->setTitle(tr("Category mix: history and recommendations"));
    updateKinds();
    updateStatus();
    if (m_hasResult) {
        // Reasons and labels are words of the models: ask again in the new language.
        request();
    } else {
        m_chart->showMessage(tr("Nothing to compare yet."));
        m_historyTitle->setText(tr("History"));
        for (int side = 0; side < 2; ++side)
            m_listTitles[side]->setText(m_kinds[side]->currentText());
    }
}

void RecommendPreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecommendPreviewPanel::updateTargets()
{
    const QString current = m_target->currentData().toString();
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        for (const QString &id : m_connections->connectedIds())
            m_target->addItem(m_engine->platformName(id), id);
        const int i = m_target->findData(current);
        if (i >= 0)
            m_target->setCurrentIndex(i);
    }
    updateKinds();
    if (m_target->currentData().toString() != current)
        request();
    updateStatus();
}

void RecommendPreviewPanel::updateKinds()
{
    // Cold start when asked for, or when the person has no account on the target.
    bool cold = m_dayOne->isChecked();
    if (m_person) {
        bool has = false;
        for (const auto &a : m_person->refs())
            has = has || a.connectionId == m_target->currentData().toString();
        cold = cold || !has;
    }
    const auto kinds = RecommendPreview::kinds(cold);
    for (int side = 0; side < 2; ++side) {
        const QSignalBlocker block(m_kinds[side]);
        const int previous = m_kinds[side]->currentData().toInt();
        const bool had = m_kinds[side]->count() > 0;
        m_kinds[side]->clear();
        for (auto k : kinds)
            m_kinds[side]->addItem(cold && k == Recommender::Kind::CategoryProfile ? tr("Interest profile carried across")
                                   : cold && k == Recommender::Kind::Popularity   ? tr("Popularity on the target")
                                                                                    : Recommender::displayName(k),
                                   int(k));
        const int keep = m_kinds[side]->findData(previous);
        m_kinds[side]->setCurrentIndex(had && keep >= 0 ? keep : std::min(side, int(kinds.size()) - 1));
    }
}

void RecommendPreviewPanel::updateStatus()
{
    const QString id = m_target->currentData().toString();
    if (id.isEmpty()) {
        m_status->setText(tr("Connect a platform (Platforms page) to preview its recommendations."));
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    // The busiest platform this preview waits for.
    QStringList ids{id};
    if (m_person)
        for (const auto &a : m_person->refs())
            if (!ids.contains(a.connectionId) && m_connections->isConnected(a.connectionId))
                ids.append(a.connectionId);
    for (const QString &pid : ids) {
        const auto s = m_engine->status(pid);
        const QString name = m_engine->platformName(pid);
        if (s.state == RecommendEngine::State::Loading) {
            m_status->setText(tr("Reading the interactions of %1…").arg(name));
            m_progress->setRange(0, 0);
            m_progress->show();
            m_cancel->show();
            return;
        }
        if (s.state == RecommendEngine::State::Training) {
            m_status->setText(tr("Training the models of %1…").arg(name));
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(s.progress * 1000));
            m_progress->show();
            m_cancel->show();
            return;
        }
    }
    m_progress->hide();
    m_cancel->hide();
    const auto s = m_engine->status(id);
    const auto models = m_engine->models(id);
    if (s.state == RecommendEngine::State::Cancelled)
        m_status->setText(tr("Training was cancelled. Choose Retrain to start again."));
    else if (s.state == RecommendEngine::State::Failed)
        m_status->setText(tr("The models of %1 could not be trained: %2").arg(m_engine->platformName(id), s.error.message));
    else if (models)
        m_status->setText(tr("Models of %1: %2 people, %3 items, %4 interactions, trained in %5 s.")
                              .arg(models->platform)
                              .arg(QLocale().toString(models->data->userCount()))
                              .arg(QLocale().toString(models->data->itemCount()))
                              .arg(QLocale().toString(qlonglong(models->data->entryCount())))
                              .arg(QLocale().toString(models->trainSeconds, 'f', 1)));
    else if (!m_person)
        m_status->setText(tr("Find a person, or open one from the Users page (Preview recommendations)."));
    else
        m_status->clear();
}

void RecommendPreviewPanel::findPerson(const QString &text)
{
    if (m_find->text() != text)
        m_find->setText(text);
    if (text.trimmed().isEmpty())
        return;
    m_searchRequest = m_directory->search(text);
    m_status->setText(tr("Searching…"));
}

void RecommendPreviewPanel::onSearch(quint64 searchRequest, const QList<Person> &people)
{
    if (searchRequest != m_searchRequest)
        return;
    m_found = people;
    m_people->clear();
    for (const Person &p : people)
        m_people->addItem(QStringLiteral("%1 · %2 · %3")
                              .arg(PersonalData::maskName(p.name()), PersonalData::maskPhone(p.phone()), p.platforms.join(QStringLiteral(", "))));
    if (people.isEmpty()) {
        m_status->setText(tr("Nobody found for “%1”.").arg(m_find->text()));
        return;
    }
    m_people->setCurrentIndex(0);
    m_person = people.front();
    updateKinds();
    request();
}

void RecommendPreviewPanel::showPerson(const Person &person, const QString &targetId)
{
    m_person = person;
    m_found = {person};
    m_people->clear();
    m_people->addItem(QStringLiteral("%1 · %2 · %3")
                          .arg(PersonalData::maskName(person.name()), PersonalData::maskPhone(person.phone()),
                               person.platforms.join(QStringLiteral(", "))));
    if (!targetId.isEmpty()) {
        const QSignalBlocker block(m_target);
        const int i = m_target->findData(targetId);
        if (i >= 0)
            m_target->setCurrentIndex(i);
    }
    updateKinds();
    request();
}

void RecommendPreviewPanel::setDayOne(bool dayOne)
{
    m_dayOne->setChecked(dayOne);
}

void RecommendPreviewPanel::request()
{
    const QString target = m_target->currentData().toString();
    if (!m_person || target.isEmpty()) {
        updateStatus();
        return;
    }
    RecommendEngine::PreviewRequest r;
    r.accounts = m_person->refs();
    r.targetId = target;
    r.n = m_top->value();
    r.forceColdStart = m_dayOne->isChecked();
    for (auto *k : m_kinds)
        if (k->currentIndex() >= 0)
            r.kinds.append(Recommender::Kind(k->currentData().toInt()));
    m_errors->clear();
    m_errors->hide();
    m_request = m_engine->preview(r);
    updateStatus();
}

void RecommendPreviewPanel::onPreview(quint64 request, const RecommendPreview::Result &result)
{
    if (request != m_request)
        return;
    m_result = result;
    m_hasResult = true;
    m_history->setHistory(result.history);
    m_historyTitle->setText(result.coldStart ? tr("History on %1 (%n item(s))", "", int(result.history.size())).arg(result.source)
                                             : tr("History on %1 (%n item(s))", "", int(result.history.size())).arg(result.target));
    for (int side = 0; side < 2; ++side) {
        if (side < result.columns.size()) {
            const auto &c = result.columns[side];
            m_lists[side]->setRecommendations(c.items);
            m_listTitles[side]->setText(result.coldStart ? tr("%1 — day one on %2").arg(c.label, result.target)
                                                         : tr("%1 on %2").arg(c.label, result.target));
            m_notes[side]->setText(c.note);
            m_notes[side]->setVisible(!c.note.isEmpty());
        } else {
            m_lists[side]->clear();
            m_notes[side]->hide();
        }
        for (int c = 0; c < 3; ++c)
            fitColumn(m_listViews[side], c, c == 1 ? 190 : 80);
    }
    if (!result.message.isEmpty()) {
        m_errors->showInfo(result.message);
        m_errors->show();
    }
    m_export->setEnabled(true);
    showChart();
    updateStatus();
    emit previewShown();
}

void RecommendPreviewPanel::showChart()
{
    const int n = std::min<int>(kMixCategories, int(m_result.categories.size()));
    if (n == 0) {
        m_chart->showMessage(tr("Nothing to compare yet."));
        return;
    }
    QList<SeriesChartWidget::Series> series;
    SeriesChartWidget::Series history{tr("History"), {}};
    for (int i = 0; i < n; ++i)
        history.values.append(100 * m_result.historyMix.value(i));
    series.append(history);
    for (const auto &c : m_result.columns) {
        SeriesChartWidget::Series s{c.label, {}};
        for (int i = 0; i < n; ++i)
            s.values.append(100 * c.mix.value(i));
        series.append(s);
    }
    m_chart->setValueUnit(tr("share (%)"));
    m_chart->showBars(m_result.categories.mid(0, n), series);
}

bool RecommendPreviewPanel::exportCsv(const QString &path, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    QTextStream out(&f);
    out.setEncoding(QStringConverter::Utf8);
    out << QChar(0xFEFF);
    out << TableCsv::toCsv(*m_history);
    for (int side = 0; side < 2; ++side)
        out << "\r\n" << m_listTitles[side]->text() << "\r\n" << TableCsv::toCsv(*m_lists[side]);
    out.flush();
    if (f.error() != QFile::NoError) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

bool RecommendPreviewPanel::openPlan(const QString &path)
{
    const MigrationPlanLoadResult loaded = MigrationPlanLoader::loadFile(path);
    auto refuse = [this](const QString &why) {
        m_errors->showError(DbError::make(DbError::Kind::Other, why));
        m_errors->show();
        return false;
    };
    if (!loaded.ok())
        return refuse(tr("The plan cannot be used: %1").arg(loaded.problemsText(QDir::toNativeSeparators(path))));
    const MigrationPlan &plan = *loaded.plan;
    const auto source = m_connections->profileByName(plan.source);
    const auto target = m_connections->profileByName(plan.target);
    if (!source || !target || !m_connections->isConnected(source->id) || !m_connections->isConnected(target->id))
        return refuse(tr("Connect %1 and %2 first (Platforms page): the plan moves people between them.").arg(plan.source, plan.target));
    m_engine->setTaxonomy(source->id, target->id, TaxonomyMap::fromPlan(plan));
    m_errors->clear();
    m_errors->hide();
    {
        const QSignalBlocker blockTarget(m_target);
        const QSignalBlocker blockDayOne(m_dayOne);
        m_target->setCurrentIndex(m_target->findData(target->id));
        m_dayOne->setChecked(true);
    }
    // The people the plan names, by their source accounts.
    m_found.clear();
    m_people->clear();
    for (const QString &key : plan.scope.userKeys) {
        Person p;
        UserSearch::Hit hit;
        hit.account = {source->id, source->name, key};
        p.accounts.append(hit);
        p.platforms = {source->name};
        m_found.append(p);
        m_people->addItem(tr("%1 account %2").arg(source->name, key));
    }
    if (m_found.isEmpty()) {
        m_person.reset();
        updateKinds();
        m_status->setText(tr("“%1” moves every person its scope matches: find one to see their day one on %2.").arg(plan.name, plan.target));
        m_find->setFocus();
        return true;
    }
    m_person = m_found.front();
    m_people->setCurrentIndex(0);
    updateKinds();
    request();
    return true;
}
