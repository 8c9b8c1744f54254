#pragma once

#include "recommend/interactions.h"

// A synthetic platform with planted structure: `clusters` groups of people, each liking the
// items of its own block (items are split into `clusters` blocks, plus a few popular items everyone
// touches). Each person has `perPerson` positives drawn from their block, seeded.
Interactions plantedInteractions(int clusters, int peoplePerCluster, int itemsPerCluster, int perPerson,
                                 unsigned seed = 7);
