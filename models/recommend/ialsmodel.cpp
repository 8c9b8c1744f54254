#include "recommend/ialsmodel.h"

#include "core/backgroundpool.h"

#include <Eigen/Cholesky>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <thread>

namespace {

constexpr int kChunkRows = 128;

using ConstVec = Eigen::Map<const Eigen::VectorXf>;

} // namespace

float IalsModel::confidence(float strength) const
{
    return 1.0f + m_options.alpha * std::log1p(std::max(strength, 0.0f));
}

Eigen::MatrixXf IalsModel::gram(const Matrix &m)
{
    Eigen::MatrixXf g = Eigen::MatrixXf::Zero(m.cols(), m.cols());
    g.selfadjointView<Eigen::Lower>().rankUpdate(m.transpose());
    return g.selfadjointView<Eigen::Lower>();
}

float IalsModel::rowRegularization(const float *confidences, int count, Eigen::Index otherRows) const
{
    if (!m_options.scaledRegularization)
        return m_options.regularization;
    double weight = double(otherRows);
    for (int j = 0; j < count; ++j)
        weight += confidences[j] - 1.0f;
    return float(m_options.regularization * weight);
}

void IalsModel::conjugateGradient(const Eigen::MatrixXf &gram, float lambda, const Matrix &other, const int *columns,
                                  const float *confidences, int count, int steps, Eigen::Ref<Eigen::VectorXf> x)
{
    Workspace w;
    conjugateGradient(gram, lambda, other, columns, confidences, count, steps, x, w);
}

void IalsModel::conjugateGradient(const Eigen::MatrixXf &gram, float lambda, const Matrix &other, const int *columns,
                                  const float *confidences, int count, int steps, Eigen::Ref<Eigen::VectorXf> x,
                                  Workspace &w)
{
    const Eigen::Index k = x.size();
    w.r.resize(k);
    w.p.resize(k);
    w.ap.resize(k);
    Eigen::VectorXf &r = w.r;
    Eigen::VectorXf &p = w.p;
    Eigen::VectorXf &ap = w.ap;
    // r = b − A x
    r.noalias() = -(gram * x);
    r.noalias() -= lambda * x;
    for (int j = 0; j < count; ++j) {
        const ConstVec y(other.data() + Eigen::Index(columns[j]) * k, k);
        const float c = confidences[j];
        r.noalias() += (c - (c - 1.0f) * y.dot(x)) * y;
    }
    p = r;
    float rsOld = r.squaredNorm();
    for (int step = 0; step < steps && rsOld > 1e-20f; ++step) {
        ap.noalias() = gram * p;
        ap.noalias() += lambda * p;
        for (int j = 0; j < count; ++j) {
            const ConstVec y(other.data() + Eigen::Index(columns[j]) * k, k);
            ap.noalias() += ((confidences[j] - 1.0f) * y.dot(p)) * y;
        }
        const float pap = p.dot(ap);
        if (!(pap > 0))
            break;
        const float a = rsOld / pap;
        x.noalias() += a * p;
        r.noalias() -= a * ap;
        const float rsNew = r.squaredNorm();
        p = r + (rsNew / rsOld) * p; // elementwise: no aliasing problem
        rsOld = rsNew;
    }
}

bool IalsModel::solveSide(const Interactions::Rows &rows, const Matrix &other, Matrix &self, const Control &control,
                          int threads)
{
    const Eigen::MatrixXf g = gram(other);
    const int total = rows.rows();
    std::atomic<int> nextChunk{0};
    std::atomic<bool> stop{false};
    auto work = [&] {
        lowerThreadPriority();
        std::vector<float> conf;
        Workspace workspace;
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            if (control.cancelled && control.cancelled()) {
                stop = true;
                return;
            }
            const int first = nextChunk.fetch_add(kChunkRows);
            if (first >= total)
                return;
            const int last = std::min(total, first + kChunkRows);
            for (int r = first; r < last; ++r) {
                const int count = rows.length(r);
                const auto begin = std::size_t(rows.begin(r));
                conf.resize(std::size_t(count));
                for (int j = 0; j < count; ++j)
                    conf[std::size_t(j)] = confidence(rows.strength[begin + std::size_t(j)]);
                Eigen::Map<Eigen::VectorXf> x(self.data() + Eigen::Index(r) * self.cols(), self.cols());
                conjugateGradient(g, rowRegularization(conf.data(), count, other.rows()), other,
                                  rows.column.data() + begin, conf.data(), count, m_options.cgSteps, x, workspace);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    return !stop.load();
}

bool IalsModel::train(const Interactions &data, const Options &options, const Control &control)
{
    m_options = options;
    m_options.factors = std::max(1, options.factors);
    m_options.iterations = std::max(0, options.iterations);
    m_options.cgSteps = std::max(1, options.cgSteps);
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const int k = m_options.factors;
    m_userKeys = data.userKeys();
    m_itemKeys = data.itemKeys();
    m_users = Matrix::Zero(data.userCount(), k);
    m_items.resize(data.itemCount(), k);
    // std::mt19937 is specified exactly, so a seed gives the same start on every platform.
    std::mt19937 random(options.seed);
    const float scale = 0.1f / std::sqrt(float(k));
    for (Eigen::Index i = 0; i < m_items.size(); ++i)
        m_items.data()[i] = (float(random()) / 4294967296.0f - 0.5f) * 2.0f * scale;

    const int total = 2 * m_options.iterations;
    for (int it = 0; it < m_options.iterations; ++it) {
        if (!solveSide(data.byUser(), m_items, m_users, control, threads))
            return false;
        if (control.progress)
            control.progress(2 * it + 1, total);
        if (!solveSide(data.byItem(), m_users, m_items, control, threads))
            return false;
        if (control.progress)
            control.progress(2 * it + 2, total);
    }
    m_itemGram = gram(m_items);
    return true;
}

Eigen::VectorXf IalsModel::foldIn(const History &history) const
{
    const Eigen::Index k = m_items.cols();
    Eigen::MatrixXf a = m_itemGram;
    Eigen::VectorXf b = Eigen::VectorXf::Zero(k);
    std::vector<float> conf;
    for (const History::Entry &e : history.entries) {
        if (e.item < 0 || e.item >= m_items.rows())
            continue;
        const ConstVec y(m_items.data() + Eigen::Index(e.item) * k, k);
        const float c = confidence(e.strength);
        conf.push_back(c);
        a.noalias() += (c - 1.0f) * y * y.transpose();
        b.noalias() += c * y;
    }
    if (conf.empty())
        return b;
    a.diagonal().array() += rowRegularization(conf.data(), int(conf.size()), m_items.rows());
    return a.ldlt().solve(b);
}

std::vector<float> IalsModel::scoresFor(const Eigen::VectorXf &user) const
{
    std::vector<float> out(std::size_t(m_items.rows()));
    Eigen::Map<Eigen::VectorXf>(out.data(), m_items.rows()).noalias() = m_items * user;
    return out;
}

std::vector<float> IalsModel::scores(const History &history) const
{
    return scoresFor(foldIn(history));
}

float IalsModel::itemSimilarity(int a, int b) const
{
    const float na = m_items.row(a).norm();
    const float nb = m_items.row(b).norm();
    if (!(na > 0) || !(nb > 0))
        return 0;
    return m_items.row(a).dot(m_items.row(b)) / (na * nb);
}

IalsModel IalsModel::fromParts(const Options &options, QStringList userKeys, QStringList itemKeys, Matrix users,
                               Matrix items)
{
    IalsModel m;
    m.m_options = options;
    m.m_userKeys = std::move(userKeys);
    m.m_itemKeys = std::move(itemKeys);
    m.m_users = std::move(users);
    m.m_items = std::move(items);
    m.m_itemGram = m.gram(m.m_items);
    return m;
}
