#include "recommend/ialsmodel.h"
#include "recommend/popularitymodel.h"
#include "recommend/topn.h"

#include "plantedinteractions.h"

#include <Eigen/Dense>

#include <QTest>

#include <atomic>
#include <random>

class TstIalsModel : public QObject
{
    Q_OBJECT

private slots:
    void conjugateGradientAgreesWithDirectSolve_data();
    void conjugateGradientAgreesWithDirectSolve();
    void recoversPlantedStructure();
    void sameResultWithAnyNumberOfThreads();
    void foldInMatchesTrainedRow();
    void cancelStopsTraining();
    void progressCountsHalfIterations();
};

void TstIalsModel::conjugateGradientAgreesWithDirectSolve_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("count");
    QTest::addColumn<float>("lambda");
    QTest::newRow("k4, 3 entries") << 4 << 10 << 3 << 0.1f;
    QTest::newRow("k8, 20 entries") << 8 << 50 << 20 << 1.0f;
    QTest::newRow("k16, 1 entry") << 16 << 30 << 1 << 0.01f;
    QTest::newRow("k16, no entries") << 16 << 30 << 0 << 0.5f;
}

void TstIalsModel::conjugateGradientAgreesWithDirectSolve()
{
    QFETCH(int, k);
    QFETCH(int, rows);
    QFETCH(int, count);
    QFETCH(float, lambda);
    std::mt19937 random(3);
    std::uniform_real_distribution<float> u(-1, 1);
    IalsModel::Matrix other(rows, k);
    for (Eigen::Index i = 0; i < other.size(); ++i)
        other.data()[i] = u(random);
    std::vector<int> columns;
    std::vector<float> conf;
    for (int j = 0; j < count; ++j) {
        columns.push_back((j * 7) % rows);
        conf.push_back(1.0f + 10.0f * float(j + 1) / float(count));
    }
    Eigen::MatrixXf gram = other.transpose() * other;
    // The direct solve, in double precision.
    Eigen::MatrixXd a = gram.cast<double>();
    a.diagonal().array() += lambda;
    Eigen::VectorXd b = Eigen::VectorXd::Zero(k);
    for (int j = 0; j < count; ++j) {
        const Eigen::VectorXd y = other.row(columns[std::size_t(j)]).transpose().cast<double>();
        a += (conf[std::size_t(j)] - 1.0) * y * y.transpose();
        b += conf[std::size_t(j)] * y;
    }
    const Eigen::VectorXd direct = a.ldlt().solve(b);
    Eigen::VectorXf x = Eigen::VectorXf::Zero(k);
    // CG converges in at most k steps in exact arithmetic.
    IalsModel::conjugateGradient(gram, lambda, other, columns.data(), conf.data(), count, 2 * k, x);
    const double error = (x.cast<double>() - direct).norm() / std::max(1e-9, direct.norm());
    QVERIFY2(count == 0 ? x.norm() < 1e-6 : error < 1e-3, qPrintable(QString::number(error)));
    // A few steps from zero already get most of the way (what training relies on).
    if (count > 0) {
        Eigen::VectorXf few = Eigen::VectorXf::Zero(k);
        IalsModel::conjugateGradient(gram, lambda, other, columns.data(), conf.data(), count, 3, few);
        QVERIFY((few.cast<double>() - direct).norm() < direct.norm());
    }
}

void TstIalsModel::recoversPlantedStructure()
{
    // 8 groups of 60 people, 25 items each; each person likes 8 of their block's items.
    const Interactions data = plantedInteractions(8, 60, 25, 8);
    IalsModel model;
    IalsModel::Options o;
    o.factors = 16;
    o.iterations = 10;
    QVERIFY(model.train(data, o));
    PopularityModel popularity;
    popularity.train(data);
    // Hide nothing; ask for the 10 best unseen items: they must come from the person's block.
    int inBlock = 0, total = 0, popularInBlock = 0;
    for (int u = 0; u < data.userCount(); ++u) {
        const int block = u / 60;
        const History h = History::ofUser(data, u);
        for (int i : TopN::rank(model.scores(h), h, 10)) {
            inBlock += i / 25 == block ? 1 : 0;
            ++total;
        }
        for (int i : TopN::rank(popularity.scores(h), h, 10))
            popularInBlock += i / 25 == block ? 1 : 0;
    }
    const double share = double(inBlock) / total;
    // The bar: 90 % of recommendations in the planted block (popularity manages about 1/8).
    QVERIFY2(share > 0.9, qPrintable(QString::number(share)));
    QVERIFY(double(popularInBlock) / total < 0.5);
}

void TstIalsModel::sameResultWithAnyNumberOfThreads()
{
    // Several chunks of rows on both sides (chunks are 128 rows), so the threads do share the work.
    const Interactions data = plantedInteractions(8, 100, 70, 5);
    QVERIFY(data.userCount() >= 4 * 128 && data.itemCount() >= 4 * 128);
    IalsModel one, two;
    IalsModel::Options o;
    o.factors = 8;
    o.iterations = 4;
    o.threads = 1;
    QVERIFY(one.train(data, o));
    o.threads = 3;
    QVERIFY(two.train(data, o));
    QCOMPARE(one.itemFactors(), two.itemFactors());
    QCOMPARE(one.userFactors(), two.userFactors());
}

void TstIalsModel::foldInMatchesTrainedRow()
{
    // A trained user's row solves the same system as a fold-in of their history (up to the CG's
    // few steps), so both rank alike.
    const Interactions data = plantedInteractions(4, 40, 12, 5);
    IalsModel model;
    IalsModel::Options o;
    o.factors = 8;
    o.iterations = 12;
    o.cgSteps = 8;
    QVERIFY(model.train(data, o));
    for (int u : {0, 50, 159}) {
        const Eigen::VectorXf folded = model.foldIn(History::ofUser(data, u));
        const Eigen::VectorXf trained = model.userFactors().row(u).transpose();
        QVERIFY2((folded - trained).norm() < 0.05 * trained.norm() + 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg((folded - trained).norm()).arg(trained.norm())));
    }
}

void TstIalsModel::cancelStopsTraining()
{
    const Interactions data = plantedInteractions(4, 30, 10, 4);
    IalsModel model;
    IalsModel::Control control;
    std::atomic<int> asked{0};
    control.cancelled = [&] { return ++asked > 3; };
    QVERIFY(!model.train(data, {}, control));
}

void TstIalsModel::progressCountsHalfIterations()
{
    const Interactions data = plantedInteractions(2, 10, 5, 2);
    IalsModel model;
    IalsModel::Options o;
    o.iterations = 3;
    o.factors = 4;
    QList<QPair<int, int>> seen;
    IalsModel::Control control;
    control.progress = [&](int done, int total) { seen.append({done, total}); };
    QVERIFY(model.train(data, o, control));
    QCOMPARE(seen, (QList<QPair<int, int>>{{1, 6}, {2, 6}, {3, 6}, {4, 6}, {5, 6}, {6, 6}}));
}

QTEST_APPLESS_MAIN(TstIalsModel)
#include "tst_ialsmodel.moc"
