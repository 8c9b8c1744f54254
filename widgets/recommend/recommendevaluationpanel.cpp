#include "recommend/recommendevaluationpanel.h"

#include "charts/serieschartwidget.h"
#include "common/errorbannerwidget.h"
#include "core/appsettings.h"
#include "db/connectionmanager.h"
#include "recommend/evaluationtablemodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const char *kGoodbooksKey = "recommend/goodbooksDir";
const char *kFactorsKey = "recommend/factors";
const char *kIterationsKey = "recommend/iterations";
const char *kSeedKey = "recommend/seed";
const char *kSourceKey = "recommend/evaluationSource"; // goodbooks | platforms

// Marks the best row (EvaluationTableModel::BestRole) in bold.
class BestRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(EvaluationTableModel::BestRole).toBool())
            option->font.setBold(true);
    }
};

QString defaultGoodbooks()
{
    // Next to a checkout (the shared data of the project), when present.
    for (const QString &candidate : {QDir::current().filePath(QStringLiteral("../shared/data/goodbooks")),
                                     QDir::current().filePath(QStringLiteral("../../shared/data/goodbooks"))})
        if (QFile::exists(QDir(candidate).filePath(QStringLiteral("ratings.csv"))))
            return QDir::cleanPath(candidate);
    return {};
}

} // namespace

RecommendEvaluationPanel::RecommendEvaluationPanel(ConnectionManager *connections, RecommendEngine *engine, QWidget *parent)
    : QWidget(parent), m_connections(connections), m_engine(engine)
{
    m_dataBox = new QGroupBox(this);
    m_useGoodbooks = new QRadioButton(m_dataBox);
    m_useGoodbooks->setObjectName(QStringLiteral("evalUseGoodbooks"));
    m_usePlatforms = new QRadioButton(m_dataBox);
    m_usePlatforms->setObjectName(QStringLiteral("evalUsePlatforms"));
    m_goodbooks = new QLineEdit(m_dataBox);
    m_goodbooks->setObjectName(QStringLiteral("evalGoodbooks"));
    m_browse = new QPushButton(m_dataBox);
    auto *dl = new QGridLayout(m_dataBox);
    dl->addWidget(m_useGoodbooks, 0, 0);
    dl->addWidget(m_goodbooks, 0, 1);
    dl->addWidget(m_browse, 0, 2);
    dl->addWidget(m_usePlatforms, 1, 0, 1, 3);
    dl->setColumnStretch(1, 1);

    m_modeBox = new QGroupBox(this);
    m_inPlatform = new QRadioButton(m_modeBox);
    m_inPlatform->setObjectName(QStringLiteral("evalInPlatform"));
    m_coldStart = new QRadioButton(m_modeBox);
    m_coldStart->setObjectName(QStringLiteral("evalColdStart"));
    m_groupLabel = new QLabel(m_modeBox);
    m_group = new QComboBox(m_modeBox);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(10);
    m_group->setObjectName(QStringLiteral("evalGroup"));
    m_platformLabel = new QLabel(m_modeBox);
    m_platform = new QComboBox(m_modeBox);
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_platform->setMinimumContentsLength(10);
    m_platform->setObjectName(QStringLiteral("evalPlatform"));
    m_holdoutLabel = new QLabel(m_modeBox);
    m_holdout = new QLineEdit(m_modeBox);
    m_holdout->setObjectName(QStringLiteral("evalHoldout"));
    m_holdout->setClearButtonEnabled(true);
    m_browseHoldout = new QPushButton(m_modeBox);
    m_fromLabel = new QLabel(m_modeBox);
    m_from = new QComboBox(m_modeBox);
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setMinimumContentsLength(10);
    m_from->setObjectName(QStringLiteral("evalFrom"));
    m_toLabel = new QLabel(m_modeBox);
    m_to = new QComboBox(m_modeBox);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_to->setMinimumContentsLength(10);
    m_to->setObjectName(QStringLiteral("evalTo"));
    auto *ml = new QGridLayout(m_modeBox);
    ml->addWidget(m_inPlatform, 0, 0);
    ml->addWidget(m_groupLabel, 0, 1);
    ml->addWidget(m_group, 0, 2);
    ml->addWidget(m_platformLabel, 0, 3);
    ml->addWidget(m_platform, 0, 4);
    ml->addWidget(m_holdoutLabel, 1, 1);
    ml->addWidget(m_holdout, 1, 2, 1, 3);
    ml->addWidget(m_browseHoldout, 1, 5);
    ml->addWidget(m_coldStart, 2, 0);
    ml->addWidget(m_fromLabel, 2, 1);
    ml->addWidget(m_from, 2, 2);
    ml->addWidget(m_toLabel, 2, 3);
    ml->addWidget(m_to, 2, 4);
    ml->setColumnStretch(2, 1);
    ml->setColumnStretch(4, 1);

    m_factorsLabel = new QLabel(this);
    m_factors = new QSpinBox(this);
    m_factors->setRange(2, 512);
    m_factorsLabel->setBuddy(m_factors);
    m_iterationsLabel = new QLabel(this);
    m_iterations = new QSpinBox(this);
    m_iterations->setRange(1, 200);
    m_iterationsLabel->setBuddy(m_iterations);
    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 999999);
    m_seedLabel->setBuddy(m_seed);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("evalRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("evalCancel"));
    m_cancel->setEnabled(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("evalExport"));
    m_export->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_stage = new QLabel(this);
    m_stage->setMinimumWidth(0);
    m_stage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_factorsLabel);
    runRow->addWidget(m_factors);
    runRow->addWidget(m_iterationsLabel);
    runRow->addWidget(m_iterations);
    runRow->addWidget(m_seedLabel);
    runRow->addWidget(m_seed);
    runRow->addSpacing(12);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addStretch(1);
    runRow->addWidget(m_export);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_stage, 1);

    m_errors = new ErrorBannerWidget(this);
    m_errors->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evalSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new EvaluationTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evalTable"));
    m_view->setModel(m_table);
    m_view->setItemDelegate(new BestRowDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setMinimumHeight(90);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chart = new SeriesChartWidget(this);
    m_chart->setObjectName(QStringLiteral("evalChart"));
    m_chart->setValueFormat(QStringLiteral("%.1f"));
    m_chart->setValueMaximum(1.0);
    m_chart->setMinimumHeight(140);
    auto *results = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(results);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_summary);
    tl->addWidget(m_view, 1);
    results->addWidget(top);
    results->addWidget(m_chart);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    // One above the other, so the panel fits a small screen.
    layout->addWidget(m_dataBox);
    layout->addWidget(m_modeBox);
    layout->addLayout(runRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_errors);
    layout->addWidget(results, 1);

    auto *source = new QButtonGroup(this);
    source->addButton(m_useGoodbooks);
    source->addButton(m_usePlatforms);
    auto *mode = new QButtonGroup(this);
    mode->addButton(m_inPlatform);
    mode->addButton(m_coldStart);
    m_inPlatform->setChecked(true);
    for (auto *b : {m_useGoodbooks, m_usePlatforms, m_inPlatform, m_coldStart})
        connect(b, &QRadioButton::toggled, this, &RecommendEvaluationPanel::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("goodbooks directory"), m_goodbooks->text());
        if (!dir.isEmpty())
            m_goodbooks->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_browseHoldout, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Held-out ratings"), m_goodbooks->text(), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            m_holdout->setText(QDir::toNativeSeparators(file));
    });
    connect(m_run, &QPushButton::clicked, this, &RecommendEvaluationPanel::run);
    connect(m_cancel, &QPushButton::clicked, m_engine, &RecommendEngine::cancelEvaluation);
    connect(m_export, &QPushButton::clicked, this, &RecommendEvaluationPanel::exportReport);
    connect(m_engine, &RecommendEngine::evaluationProgress, this, [this](quint64 r, const QString &stage, double done) {
        if (r != m_request)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000));
        m_stage->setText(stage);
    });
    connect(m_engine, &RecommendEngine::evaluationFinished, this, &RecommendEvaluationPanel::onFinished);
    connect(m_engine, &RecommendEngine::evaluationFailed, this, [this](quint64 r, const QString &message) {
        if (r != m_request)
            return;
        m_request = 0;
        m_errors->showError(DbError::make(DbError::Kind::Other, message));
        m_errors->show();
        m_stage->clear();
        updateEnabled();
    });
    connect(m_engine, &RecommendEngine::statusChanged, this, [this](const QString &id) {
        if (!m_request || m_engine->evaluating())
            return;
        const auto s = m_engine->status(id);
        if (s.state == RecommendEngine::State::Loading)
            m_stage->setText(tr("Reading the interactions of %1…").arg(m_engine->platformName(id)));
        else if (s.state == RecommendEngine::State::Training)
            m_stage->setText(tr("Preparing %1…").arg(m_engine->platformName(id)));
    });
    connect(m_connections, &ConnectionManager::stateChanged, this, &RecommendEvaluationPanel::updatePlatforms);
    connect(m_connections, &ConnectionManager::profilesChanged, this, &RecommendEvaluationPanel::updatePlatforms);

    const auto settings = AppSettings::open();
    const QString dir = settings->value(QLatin1String(kGoodbooksKey)).toString();
    m_goodbooks->setText(QDir::toNativeSeparators(dir.isEmpty() ? defaultGoodbooks() : dir));
    m_factors->setValue(settings->value(QLatin1String(kFactorsKey), 64).toInt());
    m_iterations->setValue(settings->value(QLatin1String(kIterationsKey), 15).toInt());
    m_seed->setValue(settings->value(QLatin1String(kSeedKey), 1).toInt());
    const bool platforms = settings->value(QLatin1String(kSourceKey)).toString() == QLatin1String("platforms");
    (platforms ? m_usePlatforms : m_useGoodbooks)->setChecked(true);
    retranslate();
    updatePlatforms();
}

RecommendEvaluationPanel::~RecommendEvaluationPanel()
{
    const auto settings = AppSettings::open();
    settings->setValue(QLatin1String(kGoodbooksKey), QDir::fromNativeSeparators(m_goodbooks->text()));
    settings->setValue(QLatin1String(kFactorsKey), m_factors->value());
    settings->setValue(QLatin1String(kIterationsKey), m_iterations->value());
    settings->setValue(QLatin1String(kSeedKey), m_seed->value());
    settings->setValue(QLatin1String(kSourceKey), m_usePlatforms->isChecked() ? QStringLiteral("platforms") : QStringLiteral("goodbooks"));
}

void RecommendEvaluationPanel::retranslate()
{
    m_dataBox->setTitle(tr("Data"));
    m_useGoodbooks->setText(tr("&goodbooks ratings:"));
    m_goodbooks->setPlaceholderText(tr("Directory with ratings.csv and book_groups.csv"));
    m_browse->setText(tr("Browse…"));
    m_usePlatforms->setText(tr("Connected &platforms"));
    m_usePlatforms->setToolTip(tr("The interactions of the connected platforms, read through their adapters."));
    m_modeBox->setTitle(tr("What to measure"));
    m_inPlatform->setText(tr("&Held-out people"));
    m_coldStart->setText(tr("C&old start"));
    m_groupLabel->setText(tr("Books:"));
    const int group = std::max(0, m_group->currentIndex());
    m_group->clear();
    m_group->addItem(tr("All"), QStringLiteral("all"));
    m_group->addItem(tr("Fiction"), QStringLiteral("fiction"));
    m_group->addItem(tr("Nonfiction"), QStringLiteral("nonfiction"));
    m_group->setCurrentIndex(group);
    m_platformLabel->setText(tr("Platform:"));
    m_holdoutLabel->setText(tr("Held-out file:"));
    m_holdout->setPlaceholderText(tr("Optional: evaluate on the people of this ratings file"));
    m_browseHoldout->setText(tr("Browse…"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_factorsLabel->setText(tr("&Factors:"));
    m_iterationsLabel->setText(tr("&Iterations:"));
    m_seedLabel->setText(tr("&Seed:"));
    m_run->setText(tr("&Run evaluation"));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("&Export…"));
    m_table->retranslate();
    updatePlatforms();
    if (m_hasDocument)
        showReport();
    else
        m_chart->showMessage(tr("Run an evaluation to see the models compared."));
}

void RecommendEvaluationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecommendEvaluationPanel::setGoodbooksDirectory(const QString &dir)
{
    m_goodbooks->setText(QDir::toNativeSeparators(dir));
    m_useGoodbooks->setChecked(true);
}

void RecommendEvaluationPanel::setColdStart(bool coldStart)
{
    (coldStart ? m_coldStart : m_inPlatform)->setChecked(true);
}

void RecommendEvaluationPanel::updatePlatforms()
{
    const bool goodbooks = m_useGoodbooks->isChecked();
    for (QComboBox *box : {m_platform, m_from, m_to}) {
        const QString current = box->currentData().toString();
        box->clear();
        if (goodbooks) {
            box->addItem(tr("Fiction"), QStringLiteral("fiction"));
            box->addItem(tr("Nonfiction"), QStringLiteral("nonfiction"));
        } else {
            for (const QString &id : m_connections->connectedIds())
                box->addItem(m_engine->platformName(id), id);
        }
        const int i = box->findData(current);
        box->setCurrentIndex(i >= 0 ? i : (box == m_to && box->count() > 1 ? 1 : 0));
    }
    updateEnabled();
}

void RecommendEvaluationPanel::updateEnabled()
{
    const bool goodbooks = m_useGoodbooks->isChecked();
    const bool cold = m_coldStart->isChecked();
    const bool running = m_request != 0;
    m_goodbooks->setEnabled(goodbooks && !running);
    m_browse->setEnabled(goodbooks && !running);
    m_groupLabel->setVisible(goodbooks);
    m_group->setVisible(goodbooks);
    m_group->setEnabled(!cold && !running);
    m_platformLabel->setVisible(!goodbooks);
    m_platform->setVisible(!goodbooks);
    m_platform->setEnabled(!cold && !running);
    m_holdout->setEnabled(goodbooks && !cold && !running);
    m_browseHoldout->setEnabled(goodbooks && !cold && !running);
    m_from->setEnabled(cold && !running);
    m_to->setEnabled(cold && !running);
    if (sender() == m_useGoodbooks || sender() == m_usePlatforms) {
        // The lists hold goodbooks groups or connections.
        QMetaObject::invokeMethod(this, &RecommendEvaluationPanel::updatePlatforms, Qt::QueuedConnection);
    }
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_export->setEnabled(m_hasDocument && !running);
}

void RecommendEvaluationPanel::run()
{
    RecommendEngine::EvaluationRequest r;
    r.mode = m_coldStart->isChecked() ? RecommendEngine::EvaluationRequest::Mode::ColdStart
                                      : RecommendEngine::EvaluationRequest::Mode::InPlatform;
    r.options.ials = m_engine->options();
    r.options.ials.factors = m_factors->value();
    r.options.ials.iterations = m_iterations->value();
    r.options.ials.seed = unsigned(m_seed->value());
    r.options.seed = unsigned(m_seed->value());
    m_errors->clear();
    m_errors->hide();
    if (m_useGoodbooks->isChecked()) {
        r.goodbooksDir = QDir::fromNativeSeparators(m_goodbooks->text().trimmed());
        if (r.goodbooksDir.isEmpty() || !QFile::exists(QDir(r.goodbooksDir).filePath(QStringLiteral("ratings.csv")))) {
            m_errors->showError(DbError::make(DbError::Kind::Io, tr("Choose the goodbooks directory: it holds ratings.csv and book_groups.csv.")));
            m_errors->show();
            return;
        }
        r.group = m_group->currentData().toString();
        r.holdoutFile = QDir::fromNativeSeparators(m_holdout->text().trimmed());
        r.sourceGroup = m_from->currentData().toString();
        r.targetGroup = m_to->currentData().toString();
    } else {
        r.platformId = m_platform->currentData().toString();
        r.sourceId = m_from->currentData().toString();
        r.targetId = m_to->currentData().toString();
        if ((r.mode == RecommendEngine::EvaluationRequest::Mode::InPlatform && r.platformId.isEmpty())
            || (r.mode == RecommendEngine::EvaluationRequest::Mode::ColdStart && (r.sourceId.isEmpty() || r.targetId.isEmpty()))) {
            m_errors->showError(DbError::make(DbError::Kind::Other, tr("Connect the platforms to evaluate on first (Platforms page).")));
            m_errors->show();
            return;
        }
    }
    if (r.mode == RecommendEngine::EvaluationRequest::Mode::ColdStart
        && (r.goodbooksDir.isEmpty() ? r.sourceId == r.targetId : r.sourceGroup == r.targetGroup)) {
        m_errors->showError(DbError::make(DbError::Kind::Other, tr("Cold start needs two different platforms.")));
        m_errors->show();
        return;
    }
    m_request = m_engine->evaluate(r);
    m_progress->setValue(0);
    m_stage->setText(tr("Starting…"));
    updateEnabled();
}

void RecommendEvaluationPanel::onFinished(quint64 request, const RecommendReport::Document &doc)
{
    if (request != m_request)
        return;
    m_request = 0;
    m_document = doc;
    m_hasDocument = true;
    m_stage->clear();
    showReport();
    updateEnabled();
    emit evaluationShown();
}

void RecommendEvaluationPanel::showReport()
{
    const auto &report = m_document.coldStart ? *m_document.coldStart : *m_document.inPlatform;
    m_table->setReport(report);
    m_table->retranslate();
    const QLocale l;
    QString text;
    if (m_document.coldStart) {
        text = tr("Cold start %1 → %2: %3 people new to %2, their history there hidden; the mapping learnt from %4 people on both. "
                  "The transfer recovers <b>%5%</b> of the upper bound's NDCG@20 (the upper bound sees half the hidden history).")
                   .arg(m_document.source, m_document.target, l.toString(report.evaluatedUsers), l.toString(report.overlapPeople),
                        l.toString(100 * report.shareOfUpperBound, 'f', 1));
    } else {
        text = tr("%1: trained on %2 people (%3 interactions, %4 items), evaluated on %5 held-out people%6; "
                  "iALS %7 s per iteration at %8 factors.")
                   .arg(m_document.target, l.toString(report.trainUsers), l.toString(qlonglong(report.trainEntries)),
                        l.toString(report.items), l.toString(report.evaluatedUsers),
                        m_document.holdoutFile.isEmpty() ? QString() : tr(" from %1").arg(QDir::toNativeSeparators(m_document.holdoutFile)),
                        l.toString(report.secondsPerIteration, 'f', 3), QString::number(m_document.ials.factors));
    }
    if (const int best = m_table->bestRow(); best >= 0)
        text += QStringLiteral(" ") + tr("Best NDCG@20: <b>%1</b>.").arg(OfflineEvaluation::label(report.rows[best].model).toHtmlEscaped());
    m_summary->setText(text);
    // Horizontal bars are drawn from the bottom up: the table's first model goes last.
    QStringList models;
    for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it)
        models.append(OfflineEvaluation::label(it->model));
    QList<SeriesChartWidget::Series> series{{tr("Coverage"), {}}, {QStringLiteral("HR@10"), {}}, {QStringLiteral("NDCG@20"), {}},
                                            {QStringLiteral("Recall@20"), {}}};
    for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it) {
        const auto &row = *it;
        series[0].values.append(row.coverage20);
        series[1].values.append(row.hitRate10);
        series[2].values.append(row.ndcg20);
        series[3].values.append(row.recall20);
    }
    m_chart->setTitle(m_document.coldStart ? tr("Cold start on %1: accuracy per method").arg(m_document.target)
                                           : tr("%1: accuracy per model").arg(m_document.target));
    m_chart->showBars(models, series, SeriesChartWidget::Bars::Horizontal);
}

void RecommendEvaluationPanel::exportReport()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export evaluation"), tr("evaluation.json"),
                                                      tr("JSON (*.json);;Text (*.txt)"), &selected);
    if (path.isEmpty())
        return;
    QFile f(path);
    const bool text = path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
    const QByteArray bytes = text ? RecommendReport::toText(m_document).toUtf8() : RecommendReport::toJson(m_document);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        m_errors->showError(DbError::make(DbError::Kind::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())));
    } else {
        m_errors->showSuccess(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    }
    m_errors->show();
}
