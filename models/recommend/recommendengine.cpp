#include "recommend/recommendengine.h"

#include "core/backgroundpool.h"
#include "core/whenready.h"
#include "db/connectionmanager.h"
#include "migration/migrationplan.h"
#include "recommend/goodbooksreader.h"
#include "users/platformworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

namespace {

QThreadPool *pool()
{
    static QThreadPool *p = backgroundPool(QStringLiteral("ZhiqiaoRecommend"), 2);
    return p;
}

QString pairKey(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}

struct PreviewAnswer
{
    RecommendPreview::Result result;
    std::shared_ptr<const TransferModel> transfer; // built for this answer (to keep)
    QString transferKey;
};

} // namespace

struct RecommendEngine::EvaluationProgress
{
    QMutex mutex;
    QString stage;
    double done = 0;
    bool changed = false;
};

RecommendEngine::RecommendEngine(ConnectionManager *connections, QObject *parent)
    : QObject(parent), m_connections(connections)
{
    m_evaluationProgress = std::make_shared<EvaluationProgress>();
    connect(m_connections, &ConnectionManager::stateChanged, this, &RecommendEngine::syncConnections);
    connect(m_connections, &ConnectionManager::profilesChanged, this, &RecommendEngine::syncConnections);
    // Background work reports progress through shared values; the GUI thread looks at them.
    auto *timer = new QTimer(this);
    timer->setInterval(150);
    connect(timer, &QTimer::timeout, this, [this] {
        for (auto it = m_platforms.begin(); it != m_platforms.end(); ++it) {
            if (it->status.state != State::Training)
                continue;
            const double p = it->progressPermille->load() / 1000.0;
            if (p != it->status.progress) {
                it->status.progress = p;
                emit statusChanged(it.key());
            }
        }
        const auto progress = m_evaluationProgress;
        if (m_evaluating) {
            QMutexLocker lock(&progress->mutex);
            if (progress->changed) {
                progress->changed = false;
                const QString stage = progress->stage;
                const double done = progress->done;
                lock.unlock();
                emit evaluationProgress(m_evaluationRequest, stage, done);
            }
        }
    });
    timer->start();
}

RecommendEngine::~RecommendEngine()
{
    m_evaluationCancel->store(true);
    for (auto &p : m_platforms) {
        p.cancel->store(true);
        if (p.worker) {
            std::shared_ptr<PlatformWorker> gone = std::move(p.worker);
            (void)QtConcurrent::run(pool(), [gone]() mutable { gone.reset(); });
        }
    }
}

void RecommendEngine::syncConnections()
{
    for (auto it = m_platforms.begin(); it != m_platforms.end();) {
        if (m_connections->isConnected(it.key())) {
            ++it;
            continue;
        }
        it->cancel->store(true);
        if (it->worker) {
            std::shared_ptr<PlatformWorker> gone = std::move(it->worker);
            (void)QtConcurrent::run(pool(), [gone]() mutable { gone.reset(); });
        }
        const QString id = it.key();
        it = m_platforms.erase(it);
        for (auto t = m_transfers.begin(); t != m_transfers.end();)
            t = t.key().split(QLatin1Char('\n')).contains(id) ? m_transfers.erase(t) : std::next(t);
        emit statusChanged(id);
        schedulePending(); // a request waiting for it fails now
    }
}

RecommendEngine::Status RecommendEngine::status(const QString &connectionId) const
{
    return m_platforms.value(connectionId).status;
}

QString RecommendEngine::platformName(const QString &connectionId) const
{
    const auto p = m_connections->profile(connectionId);
    return p ? p->name : connectionId;
}

std::shared_ptr<const PlatformModels> RecommendEngine::models(const QString &connectionId) const
{
    return m_platforms.value(connectionId).models;
}

void RecommendEngine::setStatus(const QString &id, const Status &status)
{
    m_platforms[id].status = status;
    emit statusChanged(id);
    if (status.state != State::Loading && status.state != State::Training)
        schedulePending();
}

void RecommendEngine::schedulePending()
{
    // From the event loop: a request's answer, or its failure, never arrives inside the call that
    // made it (before the caller holds the request id).
    if (m_pendingScheduled)
        return;
    m_pendingScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pendingScheduled = false;
            tryPreview();
            tryEvaluation();
        },
        Qt::QueuedConnection);
}

void RecommendEngine::prepareIfIdle(const QString &connectionId)
{
    if (status(connectionId).state == State::Idle)
        prepare(connectionId);
}

void RecommendEngine::prepare(const QString &connectionId, bool retrain)
{
    Platform &p = m_platforms[connectionId];
    const State s = p.status.state;
    if (!retrain && (s == State::Loading || s == State::Training || s == State::Ready))
        return;
    if (!m_connections->isConnected(connectionId)) {
        setStatus(connectionId, {State::Failed, 0, DbError::make(DbError::Kind::Other, tr("%1 is not connected.").arg(platformName(connectionId)))});
        return;
    }
    if (!p.worker) {
        const auto credentials = m_connections->credentials(connectionId);
        if (!credentials) {
            setStatus(connectionId, {State::Failed, 0, DbError::make(DbError::Kind::Other, tr("%1 is not connected.").arg(platformName(connectionId)))});
            return;
        }
        p.worker = std::make_shared<PlatformWorker>(credentials->profile, credentials->password, credentials->profile.name);
    }
    p.cancel->store(true); // whatever ran before
    p.cancel = std::make_shared<std::atomic<bool>>(false);
    p.progressPermille = std::make_shared<std::atomic<int>>(0);
    p.name = platformName(connectionId);
    const quint64 generation = ++p.generation;
    const auto cancel = p.cancel;
    setStatus(connectionId, {State::Loading, 0, {}});
    const PlatformWorker::Ticket ticket = PlatformWorker::next(p.loadChannel);
    auto future = p.worker->run<PlatformInteractions::Data>([cancel](PlatformWorker::Context &c) {
        return PlatformInteractions::loadWithAccounts(c.session, c.adapter, [cancel] { return cancel->load(); });
    }, ticket);
    whenReady(future, this, [this, connectionId, generation](Result<PlatformInteractions::Data> r) {
        auto it = m_platforms.find(connectionId);
        if (it == m_platforms.end() || it->generation != generation)
            return;
        if (it->cancel->load()) {
            setStatus(connectionId, {State::Cancelled, 0, {}});
            return;
        }
        if (!r.ok()) {
            setStatus(connectionId, {State::Failed, 0, r.error()});
            return;
        }
        train(connectionId, generation, std::move(r->interactions), std::move(r->accounts));
    });
}

void RecommendEngine::train(const QString &id, quint64 generation, Interactions data, QList<PlatformInteractions::Account> accounts)
{
    Platform &p = m_platforms[id];
    setStatus(id, {State::Training, 0, {}});
    const auto cancel = p.cancel;
    const auto permille = p.progressPermille;
    const IalsModel::Options options = m_options;
    const QString name = p.name;
    auto future = QtConcurrent::run(pool(), [=, data = std::move(data), accounts = std::move(accounts)]() mutable
                                    -> Result<std::shared_ptr<const PlatformModels>> {
        try { // no exception leaves the pool thread (out of memory on a large platform)
            return PlatformModels::train(id, name, std::move(data), std::move(accounts), options,
                                         [permille](double done) { permille->store(int(done * 1000)); },
                                         [cancel] { return cancel->load(); });
        } catch (const std::exception &e) {
            return DbError::make(DbError::Kind::Other, tr("Training failed: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    });
    whenReady(future, this, [this, id, generation](Result<std::shared_ptr<const PlatformModels>> r) {
        auto it = m_platforms.find(id);
        if (it == m_platforms.end() || it->generation != generation)
            return;
        if (!r.ok()) {
            setStatus(id, {State::Failed, 0, r.error()});
            return;
        }
        const std::shared_ptr<const PlatformModels> models = r.value();
        if (!models) {
            setStatus(id, {State::Cancelled, 0, {}});
            return;
        }
        it->models = models;
        for (auto t = m_transfers.begin(); t != m_transfers.end();)
            t = t.key().split(QLatin1Char('\n')).contains(id) ? m_transfers.erase(t) : std::next(t);
        setStatus(id, {State::Ready, 1, {}});
    });
}

void RecommendEngine::cancel(const QString &connectionId)
{
    auto it = m_platforms.find(connectionId);
    if (it == m_platforms.end())
        return;
    it->cancel->store(true);
    if (it->status.state == State::Loading || it->status.state == State::Training) {
        ++it->generation; // the answer of what runs now is not waited for
        PlatformWorker::next(it->loadChannel); // the running statement is stopped
        if (it->worker)
            it->worker->cancelStale();
        setStatus(connectionId, {State::Cancelled, 0, {}});
    }
}

void RecommendEngine::setTaxonomy(const QString &sourceId, const QString &targetId, const TaxonomyMap &map)
{
    m_taxonomies.insert(pairKey(sourceId, targetId), map);
    m_transfers.remove(pairKey(sourceId, targetId));
    ++m_taxonomyGeneration; // a transfer fitted with the old map is not kept
}

TaxonomyMap RecommendEngine::taxonomy(const QString &sourceId, const QString &targetId) const
{
    const auto found = m_taxonomies.constFind(pairKey(sourceId, targetId));
    if (found != m_taxonomies.constEnd())
        return *found;
    // The built-in demo plan, when it joins these two connections (either way round).
    static const MigrationPlanLoadResult demo = MigrationPlanLoader::loadFile(QStringLiteral(":/plans/dedao-to-ximalaya.json"));
    if (demo.ok()) {
        const QString a = platformName(sourceId), b = platformName(targetId);
        if (demo.plan->source == a && demo.plan->target == b)
            return TaxonomyMap::fromPlan(*demo.plan);
        if (demo.plan->source == b && demo.plan->target == a)
            return TaxonomyMap::fromPlan(*demo.plan).inverted();
    }
    return {};
}

quint64 RecommendEngine::preview(const PreviewRequest &request)
{
    m_previewRequest = ++m_nextRequest;
    m_pendingPreview = request;
    // Only what was never tried: a cancelled or failed platform waits for Retrain.
    prepareIfIdle(request.targetId);
    for (const auto &a : request.accounts)
        if (a.connectionId != request.targetId && m_connections->isConnected(a.connectionId))
            prepareIfIdle(a.connectionId);
    schedulePending();
    return m_previewRequest;
}

void RecommendEngine::tryPreview()
{
    if (!m_pendingPreview)
        return;
    const PreviewRequest req = *m_pendingPreview;
    const quint64 id = m_previewRequest;
    const Status target = status(req.targetId);
    if (target.state == State::Failed || target.state == State::Cancelled || target.state == State::Idle) {
        m_pendingPreview.reset();
        const QString why = target.state == State::Failed ? target.error.message : tr("The models were not trained.");
        emit previewFailed(id, tr("No recommendations from %1: %2").arg(platformName(req.targetId), why));
        return;
    }
    if (target.state != State::Ready)
        return;
    const auto targetModels = models(req.targetId);
    QString account;
    for (const auto &a : req.accounts)
        if (a.connectionId == req.targetId)
            account = a.userKey;
    const int user = targetModels->data->userIndex(account);
    const bool hasHistory = user >= 0 && targetModels->data->byUser().length(user) > 0;
    QList<Recommender::Kind> kinds = req.kinds;
    // Models that do not fit the situation the engine found are replaced by its defaults.
    auto fitting = [](QList<Recommender::Kind> wanted, const QList<Recommender::Kind> &possible) {
        wanted.removeIf([&](Recommender::Kind k) { return !possible.contains(k); });
        return wanted.isEmpty() ? possible.mid(0, 2) : wanted;
    };
    if (hasHistory && !req.forceColdStart) {
        kinds = fitting(kinds, RecommendPreview::kinds(false));
        m_pendingPreview.reset();
        previewInPlatform(id, targetModels, account, kinds, req.n);
        return;
    }
    // Day one: from the person's busiest account elsewhere, once those platforms are ready.
    std::shared_ptr<const PlatformModels> source;
    QString sourceAccount;
    int most = -1;
    for (const auto &a : req.accounts) {
        if (a.connectionId == req.targetId)
            continue;
        const Status s = status(a.connectionId);
        if (s.state == State::Loading || s.state == State::Training)
            return; // wait for it
        if (s.state != State::Ready)
            continue;
        const auto m = models(a.connectionId);
        const int u = m->data->userIndex(a.userKey);
        const int length = u >= 0 ? m->data->byUser().length(u) : 0;
        if (length > most) {
            most = length;
            source = m;
            sourceAccount = a.userKey;
        }
    }
    m_pendingPreview.reset();
    if (!source) {
        // Nowhere to carry history from: what the target gives a newcomer.
        kinds = fitting(kinds, {Recommender::Kind::Popularity, Recommender::Kind::CategoryProfile});
        const QString onTarget = req.forceColdStart ? QString() : account; // day one: no history
        previewInPlatform(id, targetModels, onTarget, kinds, req.n);
        return;
    }
    kinds = fitting(kinds, RecommendPreview::kinds(true));
    const QString key = pairKey(source->connectionId, req.targetId);
    const quint64 taxonomyGeneration = m_taxonomyGeneration;
    const auto cached = m_transfers.value(key);
    const TaxonomyMap map = taxonomy(source->connectionId, req.targetId);
    whenReady(QtConcurrent::run(pool(), [=]() {
                  PreviewAnswer answer;
                  std::shared_ptr<const TransferModel> transfer = cached;
                  if (!transfer) {
                      transfer = std::make_shared<const TransferModel>(source->transferTo(*targetModels, map));
                      answer.transfer = transfer;
                      answer.transferKey = key;
                  }
                  answer.result = RecommendPreview::coldStart(*source, sourceAccount, *targetModels, *transfer, kinds, req.n);
                  return answer;
              }),
              this, [this, id, source, targetModels, taxonomyGeneration](PreviewAnswer a) {
                  // Keep the transfer only while both platforms still have these models and maps.
                  if (a.transfer && models(source->connectionId) == source && models(targetModels->connectionId) == targetModels
                      && taxonomyGeneration == m_taxonomyGeneration)
                      m_transfers.insert(a.transferKey, a.transfer);
                  if (id == m_previewRequest)
                      emit previewReady(id, a.result);
              });
}

void RecommendEngine::previewInPlatform(quint64 id, std::shared_ptr<const PlatformModels> target, const QString &account,
                                        const QList<Recommender::Kind> &kinds, int n)
{
    whenReady(QtConcurrent::run(pool(), [target, account, kinds, n] { return RecommendPreview::inPlatform(*target, account, kinds, n); }),
              this, [this, id](RecommendPreview::Result r) {
                  if (id == m_previewRequest)
                      emit previewReady(id, r);
              });
}

quint64 RecommendEngine::evaluate(const EvaluationRequest &request)
{
    m_evaluationRequest = ++m_nextRequest;
    m_pendingEvaluation = request;
    if (request.goodbooksDir.isEmpty()) {
        if (request.mode == EvaluationRequest::Mode::InPlatform) {
            prepare(request.platformId);
        } else {
            prepare(request.sourceId);
            prepare(request.targetId);
        }
    }
    schedulePending();
    return m_evaluationRequest;
}

void RecommendEngine::cancelEvaluation()
{
    m_evaluationCancel->store(true);
    if (m_pendingEvaluation) {
        m_pendingEvaluation.reset();
        const quint64 id = m_evaluationRequest;
        QMetaObject::invokeMethod(
            this, [this, id] { emit evaluationFailed(id, tr("The evaluation was cancelled.")); }, Qt::QueuedConnection);
    }
}

void RecommendEngine::tryEvaluation()
{
    if (!m_pendingEvaluation || m_evaluating)
        return;
    const EvaluationRequest req = *m_pendingEvaluation;
    if (req.goodbooksDir.isEmpty()) {
        const QStringList ids = req.mode == EvaluationRequest::Mode::InPlatform ? QStringList{req.platformId}
                                                                                : QStringList{req.sourceId, req.targetId};
        for (const QString &pid : ids) {
            const Status s = status(pid);
            if (s.state == State::Loading || s.state == State::Training)
                return;
            if (s.state != State::Ready) {
                m_pendingEvaluation.reset();
                emit evaluationFailed(m_evaluationRequest, tr("%1: %2").arg(platformName(pid),
                                                                             s.state == State::Failed ? s.error.message : tr("the models were not trained.")));
                return;
            }
        }
    }
    m_pendingEvaluation.reset();
    runEvaluation(req, m_evaluationRequest);
}

void RecommendEngine::runEvaluation(const EvaluationRequest &req, quint64 id)
{
    m_evaluating = true;
    m_evaluationCancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_evaluationCancel;
    const auto progress = m_evaluationProgress;
    OfflineEvaluation::Control control;
    control.cancelled = [cancel] { return cancel->load(); };
    control.progress = [progress](const QString &stage, double done) {
        QMutexLocker lock(&progress->mutex);
        progress->stage = stage;
        progress->done = done;
        progress->changed = true;
    };
    std::shared_ptr<const PlatformModels> a, b;
    TaxonomyMap map;
    if (req.goodbooksDir.isEmpty()) {
        if (req.mode == EvaluationRequest::Mode::InPlatform) {
            b = models(req.platformId);
        } else {
            a = models(req.sourceId);
            b = models(req.targetId);
            map = taxonomy(req.sourceId, req.targetId);
        }
    }
    auto task = [req, a, b, map, control]() -> Result<RecommendReport::Document> {
        RecommendReport::Document doc;
        doc.seed = req.options.seed;
        doc.ials = req.options.ials;
        const bool cold = req.mode == EvaluationRequest::Mode::ColdStart;
        if (!req.goodbooksDir.isEmpty()) {
            auto catalogue = GoodbooksReader::readCatalogue(req.goodbooksDir);
            if (!catalogue.ok())
                return catalogue.error();
            const QString ratings = QDir(req.goodbooksDir).filePath(QStringLiteral("ratings.csv"));
            if (cold) {
                auto ga = GoodbooksReader::readRatings(ratings, *catalogue, GoodbooksReader::groupFromName(req.sourceGroup));
                if (!ga.ok())
                    return ga.error();
                auto gb = GoodbooksReader::readRatings(ratings, *catalogue, GoodbooksReader::groupFromName(req.targetGroup));
                if (!gb.ok())
                    return gb.error();
                doc.source = QStringLiteral("goodbooks-") + req.sourceGroup;
                doc.target = QStringLiteral("goodbooks-") + req.targetGroup;
                doc.coldStart = OfflineEvaluation::coldStart(*ga, *gb, OfflineEvaluation::sameKeys(*ga, *gb),
                                                             TaxonomyMap::identityMap(), req.options, control);
            } else {
                const auto group = GoodbooksReader::groupFromName(req.group);
                auto data = GoodbooksReader::readRatings(ratings, *catalogue, group);
                if (!data.ok())
                    return data.error();
                doc.target = QStringLiteral("goodbooks-") + GoodbooksReader::groupName(group);
                if (!req.holdoutFile.isEmpty()) {
                    auto held = GoodbooksReader::readRatings(req.holdoutFile, *catalogue, group);
                    if (!held.ok())
                        return held.error();
                    doc.holdoutFile = req.holdoutFile;
                    doc.inPlatform = OfflineEvaluation::withHoldout(*data, *held, req.options, control);
                } else {
                    doc.inPlatform = OfflineEvaluation::inPlatform(*data, req.options, control);
                }
            }
        } else if (cold) {
            doc.source = a->platform;
            doc.target = b->platform;
            doc.coldStart = OfflineEvaluation::coldStart(*a->data, *b->data, PlatformInteractions::samePeople(a->accounts, b->accounts),
                                                         map, req.options, control);
        } else {
            doc.target = b->platform;
            doc.inPlatform = OfflineEvaluation::inPlatform(*b->data, req.options, control);
        }
        return doc;
    };
    auto guarded = [task]() -> Result<RecommendReport::Document> {
        try { // no exception leaves the pool thread
            return task();
        } catch (const std::exception &e) {
            return DbError::make(DbError::Kind::Other, QCoreApplication::translate("RecommendEngine", "The evaluation failed: %1")
                                                           .arg(QString::fromLocal8Bit(e.what())));
        }
    };
    whenReady(QtConcurrent::run(pool(), guarded), this, [this, id, cancel](Result<RecommendReport::Document> r) {
        m_evaluating = false;
        if (id == m_evaluationRequest) {
            const bool cancelled = cancel->load() || (r.ok() && ((r->inPlatform && r->inPlatform->cancelled)
                                                                 || (r->coldStart && r->coldStart->cancelled)));
            if (cancelled)
                emit evaluationFailed(id, tr("The evaluation was cancelled."));
            else if (!r.ok())
                emit evaluationFailed(id, r.error().message);
            else
                emit evaluationFinished(id, r.value());
        }
        tryEvaluation();
    });
}
