#include "recommend/popularitymodel.h"

void PopularityModel::train(const Interactions &data)
{
    const auto &rows = data.byItem();
    m_counts.assign(std::size_t(data.itemCount()), 0.0f);
    for (int i = 0; i < rows.rows(); ++i)
        m_counts[std::size_t(i)] = float(rows.length(i));
}

std::vector<float> PopularityModel::scores(const History &) const
{
    return m_counts;
}
