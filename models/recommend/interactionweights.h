#pragma once

#include "recommend/interactions.h"

#include <QString>

// How strongly a canonical record says a person wants an item (docs/recommend-design.md): a
// paid order is the strongest sign, progress counts by the share completed, behaviour events by
// kind. A refunded order removes the pair altogether (the person gave the item back). The
// strength becomes iALS's confidence through IalsModel::confidence.
namespace InteractionWeights {

constexpr float kPaidOrder = 4.0f;
constexpr float kProgress = 3.0f; // times the share completed (clamped to 0..1)
constexpr double kFinished = 0.9; // share from which progress counts as finished

float progress(double fraction);
Interactions::Signal progressSignal(double fraction);
// Per event of the canonical kind; 0 for kinds that say nothing about an item (search).
float event(const QString &kind);
Interactions::Signal eventSignal(const QString &kind);

} // namespace InteractionWeights
