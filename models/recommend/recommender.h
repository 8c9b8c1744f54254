#pragma once

#include "recommend/interactions.h"

#include <QString>

#include <vector>

// A trained model of one platform: scores every item of that platform for a person's history
// there (higher = more fitting). Items already in the history are left to the caller (TopN).
// Implementations are immutable after training, so scoring is safe from any thread.
class Recommender
{
public:
    enum class Kind { Ials, ItemKnn, Popularity, CategoryProfile, Transfer };

    virtual ~Recommender() = default;
    virtual Kind kind() const = 0;
    virtual std::vector<float> scores(const History &history) const = 0;

    // "iALS", "item-kNN", … (translated).
    static QString displayName(Kind kind);
    static QString id(Kind kind); // stable: ials, itemknn, popularity, profile, transfer
};
