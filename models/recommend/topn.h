#pragma once

#include "recommend/interactions.h"

#include <vector>

namespace TopN {

// The indexes of the `n` highest scores, best first, leaving out the items in `history`; ties
// go to the lower index, so a list is reproducible.
std::vector<int> rank(const std::vector<float> &scores, const History &history, int n);

} // namespace TopN
