#pragma once

#include "recommend/categoryprofilemodel.h"
#include "recommend/ialsmodel.h"
#include "recommend/interactions.h"
#include "recommend/recommender.h"
#include "recommend/taxonomymap.h"
#include "recommend/transfermapping.h"

#include <memory>

// What a person with history on platform A and none on B is offered on B (cross-domain cold
// start): A's iALS folds the A history in, TransferMapping carries the factors into B's space,
// B's item factors score them; blended (z-scores, weight `profileWeight`) with the category
// profile of the A history carried into B's taxonomy when that profile reaches any of B's
// categories (else the mapping alone). With fewer than kMinPeople people on both
// platforms the mapping is not trusted and the profile alone is used. scores() takes a history
// on A and scores B's items.
class TransferModel : public Recommender
{
public:
    static constexpr int kMinPeople = 20;

    struct Parts
    {
        std::shared_ptr<const IalsModel> source; // A
        std::shared_ptr<const IalsModel> target; // B
        std::shared_ptr<const CategoryProfileModel> sourceProfile;
        std::shared_ptr<const CategoryProfileModel> targetProfile;
        TaxonomyMap taxonomy;
        double profileWeight = 0.25;
    };

    // Pairs: (user index in A's model, user index in B's model) of the same person.
    // Fits the mapping on their factors.
    static TransferModel fit(Parts parts, const std::vector<std::pair<int, int>> &pairs, double lambda = 1.0);

    Kind kind() const override { return Kind::Transfer; }
    std::vector<float> scores(const History &sourceHistory) const override;
    // The parts alone, for evaluation and for reasons.
    std::vector<float> mappedScores(const History &sourceHistory) const;
    std::vector<float> profileScores(const History &sourceHistory) const;
    // scores() from the two parts already computed (the evaluation reports all three).
    std::vector<float> blend(const History &sourceHistory, std::vector<float> mapped, std::vector<float> profile) const;
    QMap<QString, double> carriedProfile(const History &sourceHistory) const;
    // Whether the carried profile gives any of B's items an interest (the blend is used then).
    bool profileReaches(const History &sourceHistory) const;

    bool usesMapping() const { return m_mapping.people() >= kMinPeople; }
    int overlapPeople() const { return m_mapping.people(); }
    const Parts &parts() const { return m_parts; }
    const TransferMapping &mapping() const { return m_mapping; }

private:
    Parts m_parts;
    TransferMapping m_mapping;
};
