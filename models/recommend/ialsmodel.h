#pragma once

#include "recommend/interactions.h"
#include "recommend/recommender.h"

#include <Eigen/Core>

#include <QStringList>

#include <functional>

// Implicit-feedback matrix factorisation (Hu, Koren, Volinsky 2008): minimises
//   Σ_u Σ_i c_ui (p_ui − x_uᵀ y_i)² + λ (Σ‖x_u‖² + Σ‖y_i‖²)
// with p_ui = 1 for observed pairs, 0 otherwise, and confidence c_ui = 1 + α·log(1 + s_ui) for
// an observed strength s_ui (1 otherwise). Alternating least squares; each row's system is solved
// by a few conjugate-gradient steps warm-started from the previous value (Takács, Pilászy, Tikk
// 2011), on `threads` threads. docs/recommend-design.md has the details.
class IalsModel : public Recommender
{
public:
    using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

    struct Options
    {
        int factors = 64;
        int iterations = 15;
        float regularization = 0.03f;
        float alpha = 40.0f;
        int cgSteps = 3;
        // Rendle et al. 2021 ("Revisiting the performance of iALS"): each row's λ is scaled by
        // its weight, λ·(Σ_j c_j + n_other), so busy rows and rare ones are held alike.
        bool scaledRegularization = true;
        int threads = 0;         // 0 = one per core
        unsigned seed = 1;
        bool operator==(const Options &) const = default;
    };

    // Progress is reported after each half-iteration (done of total); `cancelled` is asked
    // between chunks of rows. Both may be empty.
    struct Control
    {
        std::function<void(int done, int total)> progress;
        std::function<bool()> cancelled;
    };

    IalsModel() = default;
    // Trains on `data` (finished). Returns false when cancelled; the model is then unusable.
    bool train(const Interactions &data, const Options &options, const Control &control = {});

    Kind kind() const override { return Kind::Ials; }
    // Folds `history` in (exact solve) and scores every item.
    std::vector<float> scores(const History &history) const override;

    // The user vector that best explains `history` with the item factors fixed (exact solve).
    Eigen::VectorXf foldIn(const History &history) const;
    std::vector<float> scoresFor(const Eigen::VectorXf &user) const;
    // Cosine of the two items' factors (for reasons in words).
    float itemSimilarity(int a, int b) const;

    float confidence(float strength) const;

    const Options &options() const { return m_options; }
    const Matrix &userFactors() const { return m_users; }
    const Matrix &itemFactors() const { return m_items; }
    const QStringList &userKeys() const { return m_userKeys; }
    const QStringList &itemKeys() const { return m_itemKeys; }
    bool isTrained() const { return m_items.rows() > 0; }

    // For ModelFile: a model from its saved parts.
    static IalsModel fromParts(const Options &options, QStringList userKeys, QStringList itemKeys, Matrix users,
                               Matrix items);

    // One row's conjugate-gradient solve, exposed for tests: improves `x` towards the solution of
    //   (gram + λI + Σ (c_j − 1) y_j y_jᵀ) x = Σ c_j y_j
    // over the rows y_j = other.row(columns[j]) with confidences c_j, in at most `steps` steps.
    static void conjugateGradient(const Eigen::MatrixXf &gram, float lambda, const Matrix &other, const int *columns,
                                  const float *confidences, int count, int steps, Eigen::Ref<Eigen::VectorXf> x);
    // The same with the three work vectors (size k) given, so a thread allocates them once.
    struct Workspace
    {
        Eigen::VectorXf r, p, ap;
    };
    static void conjugateGradient(const Eigen::MatrixXf &gram, float lambda, const Matrix &other, const int *columns,
                                  const float *confidences, int count, int steps, Eigen::Ref<Eigen::VectorXf> x,
                                  Workspace &w);
    // The λ of a row with these confidences against `otherRows` rows on the other side.
    float rowRegularization(const float *confidences, int count, Eigen::Index otherRows) const;

private:
    bool solveSide(const Interactions::Rows &rows, const Matrix &other, Matrix &self, const Control &control,
                   int threads);
    static Eigen::MatrixXf gram(const Matrix &m); // mᵀm

    Options m_options;
    QStringList m_userKeys;
    QStringList m_itemKeys;
    Matrix m_users;
    Matrix m_items;
    Eigen::MatrixXf m_itemGram; // YᵀY, for folding in
};
