#pragma once

#include "recommend/interactions.h"
#include "recommend/recommender.h"

#include <QMap>
#include <QString>

#include <vector>

// Scores items by the person's interest in their category: the interest vector (category path ->
// share) against each item's category path, where a path related to the item's counts by the
// share of levels they have in common ("商业/金融" counts half for "商业/管理", "商业" half too).
// Within the same interest, more popular items come first. scores(history) takes the strength-weighted category mix of the history;
// scoresForProfile takes any vector (the users area's decayed InterestProfile, or one carried
// across platforms by TaxonomyMap).
class CategoryProfileModel : public Recommender
{
public:
    void train(const Interactions &data);
    Kind kind() const override { return Kind::CategoryProfile; }
    std::vector<float> scores(const History &history) const override;
    std::vector<float> scoresForProfile(const QMap<QString, double> &profile) const;

    // The history's category mix (strengths per category path, normalised to sum 1).
    QMap<QString, double> profileOf(const History &history) const;
    // The interest an item earns from `profile` (without the popularity tie-break).
    double interest(int item, const QMap<QString, double> &profile) const;

private:
    std::vector<QString> m_categories; // per item
    std::vector<float> m_popularity;   // per item, 0..1
};
