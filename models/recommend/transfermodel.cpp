#include "recommend/transfermodel.h"

#include <cmath>

namespace {

void standardise(std::vector<float> &v)
{
    if (v.empty())
        return;
    double mean = 0;
    for (float x : v)
        mean += x;
    mean /= double(v.size());
    double var = 0;
    for (float x : v)
        var += (x - mean) * (x - mean);
    const double sd = std::sqrt(var / double(v.size()));
    for (float &x : v)
        x = sd > 0 ? float((x - mean) / sd) : 0.0f;
}

} // namespace

TransferModel TransferModel::fit(Parts parts, const std::vector<std::pair<int, int>> &pairs, double lambda)
{
    TransferModel m;
    m.m_parts = std::move(parts);
    const auto &xa = m.m_parts.source->userFactors();
    const auto &xb = m.m_parts.target->userFactors();
    Eigen::MatrixXf a(Eigen::Index(pairs.size()), xa.cols());
    Eigen::MatrixXf b(Eigen::Index(pairs.size()), xb.cols());
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        a.row(Eigen::Index(p)) = xa.row(pairs[p].first);
        b.row(Eigen::Index(p)) = xb.row(pairs[p].second);
    }
    m.m_mapping.fit(a, b, lambda);
    return m;
}

QMap<QString, double> TransferModel::carriedProfile(const History &sourceHistory) const
{
    return m_parts.taxonomy.carry(m_parts.sourceProfile->profileOf(sourceHistory));
}

std::vector<float> TransferModel::mappedScores(const History &sourceHistory) const
{
    if (!m_mapping.isFitted())
        return std::vector<float>(std::size_t(m_parts.target->itemFactors().rows()), 0.0f);
    return m_parts.target->scoresFor(m_mapping.apply(m_parts.source->foldIn(sourceHistory)));
}

std::vector<float> TransferModel::profileScores(const History &sourceHistory) const
{
    return m_parts.targetProfile->scoresForProfile(carriedProfile(sourceHistory));
}

bool TransferModel::profileReaches(const History &sourceHistory) const
{
    const QMap<QString, double> carried = carriedProfile(sourceHistory);
    if (carried.isEmpty())
        return false;
    const int items = int(m_parts.target->itemFactors().rows());
    for (int i = 0; i < items; ++i)
        if (m_parts.targetProfile->interest(i, carried) > 0)
            return true;
    return false;
}

std::vector<float> TransferModel::scores(const History &sourceHistory) const
{
    return blend(sourceHistory, usesMapping() ? mappedScores(sourceHistory) : std::vector<float>(), profileScores(sourceHistory));
}

std::vector<float> TransferModel::blend(const History &sourceHistory, std::vector<float> mapped, std::vector<float> profile) const
{
    if (!usesMapping())
        return profile;
    const double w = profileReaches(sourceHistory) ? m_parts.profileWeight : 0.0;
    if (w <= 0)
        return mapped;
    standardise(mapped);
    standardise(profile);
    for (std::size_t i = 0; i < mapped.size(); ++i)
        mapped[i] = float((1.0 - w) * mapped[i] + w * profile[i]);
    return mapped;
}
