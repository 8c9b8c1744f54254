#pragma once

#include "recommend/categoryprofilemodel.h"
#include "recommend/ialsmodel.h"
#include "recommend/interactions.h"
#include "recommend/itemknnmodel.h"
#include "recommend/platforminteractions.h"
#include "recommend/popularitymodel.h"
#include "recommend/taxonomymap.h"
#include "recommend/transfermodel.h"

#include <QString>

#include <functional>
#include <memory>

// Every model of one platform, trained on all of its interactions, with the data and the
// accounts (for linking people across platforms). Immutable once built, so the GUI thread and
// background tasks share it through a shared_ptr without locks.
struct PlatformModels
{
    QString connectionId;
    QString platform; // label shown
    std::shared_ptr<const Interactions> data;
    QList<PlatformInteractions::Account> accounts;
    std::shared_ptr<const IalsModel> ials;
    std::shared_ptr<const ItemKnnModel> knn;
    std::shared_ptr<const PopularityModel> popularity;
    std::shared_ptr<const CategoryProfileModel> profile;
    double trainSeconds = 0;

    const Recommender *model(Recommender::Kind kind) const;

    // The transfer from this platform to `target`, fitted on the people identity resolution finds
    // on both (PlatformInteractions::samePeople), with `taxonomy` for the interest profile.
    TransferModel transferTo(const PlatformModels &target, const TaxonomyMap &taxonomy) const;

    // Trains all four; returns nullptr when cancelled. `progress` gets 0..1.
    static std::shared_ptr<const PlatformModels> train(const QString &connectionId, const QString &platform,
                                                       Interactions data, QList<PlatformInteractions::Account> accounts,
                                                       const IalsModel::Options &options,
                                                       const std::function<void(double)> &progress,
                                                       const std::function<bool()> &cancelled);
};
