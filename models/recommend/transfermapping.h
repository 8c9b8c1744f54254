#pragma once

#include <Eigen/Core>

// EMCDR's linear mapping (Man et al. 2017) between two platforms' user factors: the W that
// minimises ‖[X_A, 1] W − X_B‖² + λ‖W‖² (ridge regression, the bias row not penalised), fitted on
// the people present on both platforms. apply() maps a person's factors on A into B's space.
class TransferMapping
{
public:
    // Rows of `source` and `target` are the same people. Returns false when there are none.
    bool fit(const Eigen::MatrixXf &source, const Eigen::MatrixXf &target, double lambda);
    Eigen::VectorXf apply(const Eigen::VectorXf &source) const;

    bool isFitted() const { return m_weights.size() > 0; }
    int people() const { return m_people; }
    const Eigen::MatrixXd &weights() const { return m_weights; } // (k_A + 1) × k_B, bias last

    static TransferMapping fromWeights(const Eigen::MatrixXd &weights, int people);

private:
    Eigen::MatrixXd m_weights;
    int m_people = 0;
};
