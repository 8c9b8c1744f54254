#pragma once

#include "db/dberror.h"
#include "recommend/ialsmodel.h"
#include "recommend/offlineevaluation.h"
#include "recommend/platformmodels.h"
#include "recommend/recommendpreview.h"
#include "recommend/recommendreport.h"
#include "recommend/taxonomymap.h"
#include "recommend/transfermodel.h"
#include "users/profiledata.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class ConnectionManager;
class PlatformWorker;

// The recommendations area's models of the connected platforms, in the GUI thread, never
// waiting: prepare() reads a platform's interactions on a worker thread of its own (one
// connection per thread) and trains every model on a background pool, with progress and cancel;
// preview() and evaluate() answer with signals. Each request carries a generation number and
// only the newest preview is answered. Models are dropped when their connection goes away.
class RecommendEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Training, Ready, Failed, Cancelled };

    struct Status
    {
        State state = State::Idle;
        double progress = 0; // 0..1 while Training
        DbError error;       // Failed
    };

    struct PreviewRequest
    {
        QList<Profile::AccountRef> accounts; // the person's accounts
        QString targetId;                    // connection id of the target platform
        QList<Recommender::Kind> kinds;      // two, or empty for the defaults
        int n = 10;
        bool forceColdStart = false; // as if the person had no history on the target (day one)
    };

    // What to evaluate: goodbooks files, or connected platforms (prepared first).
    struct EvaluationRequest
    {
        enum class Mode { InPlatform, ColdStart };
        Mode mode = Mode::InPlatform;
        QString goodbooksDir;  // set: goodbooks; empty: platforms
        QString holdoutFile;   // goodbooks only, in-platform only
        QString group = QStringLiteral("all");       // goodbooks in-platform
        QString sourceGroup = QStringLiteral("fiction"), targetGroup = QStringLiteral("nonfiction");
        QString platformId;    // platforms, in-platform
        QString sourceId, targetId; // platforms, cold start
        OfflineEvaluation::Options options;
    };

    explicit RecommendEngine(ConnectionManager *connections, QObject *parent = nullptr);
    ~RecommendEngine() override;

    void setOptions(const IalsModel::Options &options) { m_options = options; }
    const IalsModel::Options &options() const { return m_options; }

    Status status(const QString &connectionId) const;
    QString platformName(const QString &connectionId) const;
    // Loads and trains, unless Ready or under way (`retrain` starts over). Previews start only
    // platforms never tried; evaluate() and this also restart failed or cancelled ones.
    void prepare(const QString &connectionId, bool retrain = false);
    void cancel(const QString &connectionId);
    std::shared_ptr<const PlatformModels> models(const QString &connectionId) const;

    // Category map between two connections (by id) for carrying interest profiles; by default
    // the built-in demo plan's when it joins the two connections' names.
    void setTaxonomy(const QString &sourceId, const QString &targetId, const TaxonomyMap &map);
    TaxonomyMap taxonomy(const QString &sourceId, const QString &targetId) const;

    quint64 preview(const PreviewRequest &request);
    quint64 evaluate(const EvaluationRequest &request);
    void cancelEvaluation();
    bool evaluating() const { return m_evaluating; }

signals:
    void statusChanged(const QString &connectionId);
    void previewReady(quint64 request, const RecommendPreview::Result &result);
    void previewFailed(quint64 request, const QString &message);
    void evaluationProgress(quint64 request, const QString &stage, double done);
    void evaluationFinished(quint64 request, const RecommendReport::Document &report);
    void evaluationFailed(quint64 request, const QString &message);

private:
    struct Platform
    {
        std::shared_ptr<PlatformWorker> worker;
        QString name;
        Status status;
        std::shared_ptr<const PlatformModels> models;
        std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
        std::shared_ptr<std::atomic<int>> progressPermille = std::make_shared<std::atomic<int>>(0);
        std::shared_ptr<std::atomic<quint64>> loadChannel = std::make_shared<std::atomic<quint64>>(0); // stale = cancelled
        quint64 generation = 0;
    };

    void syncConnections();
    void prepareIfIdle(const QString &connectionId);
    void schedulePending(); // tryPreview and tryEvaluation, from the event loop
    void train(const QString &id, quint64 generation, Interactions data, QList<PlatformInteractions::Account> accounts);
    void setStatus(const QString &id, const Status &status);
    void tryPreview();
    void previewInPlatform(quint64 id, std::shared_ptr<const PlatformModels> target, const QString &account,
                           const QList<Recommender::Kind> &kinds, int n);
    void tryEvaluation();
    void runEvaluation(const EvaluationRequest &request, quint64 id);

    ConnectionManager *m_connections;
    IalsModel::Options m_options;
    QHash<QString, Platform> m_platforms; // by connection id
    QHash<QString, TaxonomyMap> m_taxonomies; // "sourceId\ntargetId"
    QHash<QString, std::shared_ptr<const TransferModel>> m_transfers; // same keys
    quint64 m_nextRequest = 0;
    quint64 m_previewRequest = 0;
    std::optional<PreviewRequest> m_pendingPreview;
    quint64 m_evaluationRequest = 0;
    std::optional<EvaluationRequest> m_pendingEvaluation;
    bool m_evaluating = false;
    bool m_pendingScheduled = false;
    quint64 m_taxonomyGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_evaluationCancel = std::make_shared<std::atomic<bool>>(false);
    struct EvaluationProgress; // written by the task, read by the GUI thread's timer
    std::shared_ptr<EvaluationProgress> m_evaluationProgress;
};

Q_DECLARE_METATYPE(RecommendReport::Document)
