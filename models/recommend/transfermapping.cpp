#include "recommend/transfermapping.h"

#include <Eigen/Cholesky>

bool TransferMapping::fit(const Eigen::MatrixXf &source, const Eigen::MatrixXf &target, double lambda)
{
    if (source.rows() == 0 || source.rows() != target.rows())
        return false;
    const Eigen::Index n = source.rows();
    const Eigen::Index ka = source.cols();
    Eigen::MatrixXd a(n, ka + 1);
    a.leftCols(ka) = source.cast<double>();
    a.col(ka).setOnes();
    Eigen::MatrixXd normal = a.transpose() * a;
    normal.diagonal().head(ka).array() += lambda;
    m_weights = normal.ldlt().solve(a.transpose() * target.cast<double>());
    m_people = int(n);
    return true;
}

Eigen::VectorXf TransferMapping::apply(const Eigen::VectorXf &source) const
{
    const Eigen::Index ka = m_weights.rows() - 1;
    Eigen::VectorXd out = m_weights.bottomRows(1).transpose();
    out.noalias() += m_weights.topRows(ka).transpose() * source.cast<double>();
    return out.cast<float>();
}

TransferMapping TransferMapping::fromWeights(const Eigen::MatrixXd &weights, int people)
{
    TransferMapping m;
    m.m_weights = weights;
    m.m_people = people;
    return m;
}
