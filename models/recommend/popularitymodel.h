#pragma once

#include "recommend/interactions.h"
#include "recommend/recommender.h"

// Recommends what most people have: the number of distinct users per item. The same list for
// everyone; the baseline every other model has to beat.
class PopularityModel : public Recommender
{
public:
    void train(const Interactions &data);
    Kind kind() const override { return Kind::Popularity; }
    std::vector<float> scores(const History &history) const override;
    const std::vector<float> &counts() const { return m_counts; }

private:
    std::vector<float> m_counts;
};
