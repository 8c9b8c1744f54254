#include "plantedinteractions.h"

#include <random>
#include <set>

Interactions plantedInteractions(int clusters, int peoplePerCluster, int itemsPerCluster, int perPerson, unsigned seed)
{
    Interactions data;
    for (int c = 0; c < clusters; ++c)
        for (int i = 0; i < itemsPerCluster; ++i)
            data.addItem({QStringLiteral("i%1-%2").arg(c).arg(i), QStringLiteral("Item %1/%2").arg(c).arg(i),
                          QStringLiteral("cat%1").arg(c)});
    std::mt19937 random(seed);
    for (int c = 0; c < clusters; ++c) {
        for (int p = 0; p < peoplePerCluster; ++p) {
            const int u = data.addUser(QStringLiteral("u%1-%2").arg(c).arg(p));
            std::set<int> chosen;
            while (int(chosen.size()) < perPerson)
                chosen.insert(int(random() % unsigned(itemsPerCluster)));
            for (int i : chosen)
                data.add(u, c * itemsPerCluster + i, 1.0f, Interactions::Signal::Bought);
            // Noise: one item of another block.
            data.add(u, int(random() % unsigned(clusters * itemsPerCluster)), 1.0f, Interactions::Signal::Viewed);
        }
    }
    data.finish();
    return data;
}
