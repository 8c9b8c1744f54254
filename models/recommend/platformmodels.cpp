#include "recommend/platformmodels.h"

#include <QElapsedTimer>

const Recommender *PlatformModels::model(Recommender::Kind kind) const
{
    switch (kind) {
    case Recommender::Kind::Ials:
        return ials.get();
    case Recommender::Kind::ItemKnn:
        return knn.get();
    case Recommender::Kind::Popularity:
        return popularity.get();
    case Recommender::Kind::CategoryProfile:
        return profile.get();
    case Recommender::Kind::Transfer:
        break;
    }
    return nullptr;
}

TransferModel PlatformModels::transferTo(const PlatformModels &target, const TaxonomyMap &taxonomy) const
{
    std::vector<std::pair<int, int>> pairs;
    for (const auto &p : PlatformInteractions::samePeople(accounts, target.accounts)) {
        const int a = data->userIndex(p.first);
        const int b = target.data->userIndex(p.second);
        if (a >= 0 && b >= 0)
            pairs.push_back({a, b});
    }
    return TransferModel::fit({ials, target.ials, profile, target.profile, taxonomy}, pairs);
}

std::shared_ptr<const PlatformModels> PlatformModels::train(const QString &connectionId, const QString &platform,
                                                            Interactions data, QList<PlatformInteractions::Account> accounts,
                                                            const IalsModel::Options &options,
                                                            const std::function<void(double)> &progress,
                                                            const std::function<bool()> &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    auto m = std::make_shared<PlatformModels>();
    m->connectionId = connectionId;
    m->platform = platform;
    auto shared = std::make_shared<const Interactions>(std::move(data));
    m->data = shared;
    m->accounts = std::move(accounts);
    auto ials = std::make_shared<IalsModel>();
    IalsModel::Control control;
    control.cancelled = cancelled;
    control.progress = [&](int done, int total) {
        if (progress)
            progress(0.9 * done / std::max(1, total));
    };
    if (!ials->train(*shared, options, control))
        return nullptr;
    m->ials = ials;
    auto knn = std::make_shared<ItemKnnModel>();
    knn->train(*shared, 100, options.threads);
    m->knn = knn;
    auto pop = std::make_shared<PopularityModel>();
    pop->train(*shared);
    m->popularity = pop;
    auto profile = std::make_shared<CategoryProfileModel>();
    profile->train(*shared);
    m->profile = profile;
    m->trainSeconds = timer.elapsed() / 1000.0;
    if (progress)
        progress(1.0);
    return m;
}
