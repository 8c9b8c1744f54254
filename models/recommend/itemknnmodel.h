#pragma once

#include "recommend/interactions.h"
#include "recommend/recommender.h"

#include <vector>

// Item-based collaborative filtering: the cosine between two items' sets of users
// (co-occurrences / sqrt(n_a · n_b)), the `neighbours` most similar items kept per item. A
// person's score for an item is the sum of its similarities to the items in their history.
class ItemKnnModel : public Recommender
{
public:
    struct Neighbour
    {
        int item;
        float similarity;
    };

    void train(const Interactions &data, int neighbours = 100, int threads = 0);
    Kind kind() const override { return Kind::ItemKnn; }
    std::vector<float> scores(const History &history) const override;
    // Cosine of a and b when b is among a's kept neighbours, else 0.
    float similarity(int a, int b) const;
    const std::vector<Neighbour> &neighbours(int item) const { return m_neighbours[std::size_t(item)]; }

private:
    std::vector<std::vector<Neighbour>> m_neighbours; // per item, most similar first
};
