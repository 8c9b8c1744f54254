#include "recommend/categoryprofilemodel.h"
#include "recommend/taxonomymap.h"
#include "recommend/topn.h"
#include "recommend/transfermapping.h"
#include "recommend/transfermodel.h"

#include "plantedinteractions.h"

#include <Eigen/Dense>

#include <QTest>

#include <random>

class TstTransferMapping : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownLinearMap();
    void ridgeShrinksTowardsZero();
    void needsPeople();
    void taxonomyCarriesToNearestParent();
    void categoryProfileScoresRelatedCategories();
    void transferFindsTheBlockOnTheOtherPlatform();
    void fallsBackToProfileWithFewPeople();
};

void TstTransferMapping::recoversKnownLinearMap()
{
    std::mt19937 random(11);
    std::normal_distribution<float> n(0, 1);
    const int people = 400, ka = 6, kb = 4;
    Eigen::MatrixXf w(ka, kb);
    for (Eigen::Index i = 0; i < w.size(); ++i)
        w.data()[i] = n(random);
    Eigen::RowVectorXf bias(kb);
    bias << 0.5f, -1.0f, 2.0f, 0.0f;
    Eigen::MatrixXf a(people, ka);
    for (Eigen::Index i = 0; i < a.size(); ++i)
        a.data()[i] = n(random);
    Eigen::MatrixXf b = (a * w).rowwise() + bias;
    TransferMapping m;
    QVERIFY(m.fit(a, b, 1e-6));
    QCOMPARE(m.people(), people);
    QVERIFY((m.weights().topRows(ka).cast<float>() - w).norm() < 1e-3);
    QVERIFY((m.weights().bottomRows(1).cast<float>() - bias).norm() < 1e-3);
    const Eigen::VectorXf x = a.row(3).transpose();
    QVERIFY((m.apply(x) - b.row(3).transpose()).norm() < 1e-3);
}

void TstTransferMapping::ridgeShrinksTowardsZero()
{
    Eigen::MatrixXf a(3, 1), b(3, 1);
    a << 1, 2, 3;
    b << 2, 4, 6;
    TransferMapping weak, strong;
    weak.fit(a, b, 0.0);
    strong.fit(a, b, 100.0);
    QVERIFY(std::abs(weak.weights()(0, 0) - 2.0) < 1e-9);
    QVERIFY(std::abs(strong.weights()(0, 0)) < std::abs(weak.weights()(0, 0)));
}

void TstTransferMapping::needsPeople()
{
    TransferMapping m;
    QVERIFY(!m.fit(Eigen::MatrixXf(0, 3), Eigen::MatrixXf(0, 3), 1.0));
    QVERIFY(!m.isFitted());
}

void TstTransferMapping::taxonomyCarriesToNearestParent()
{
    TaxonomyMap map;
    map.insert(QStringLiteral("商业"), QStringLiteral("商业财经"));
    map.insert(QStringLiteral("商业/管理"), QStringLiteral("商业财经/管理"));
    QCOMPARE(map.map(QStringLiteral("商业/管理")), QStringLiteral("商业财经/管理"));
    QCOMPARE(map.map(QStringLiteral("商业/管理/团队")), QStringLiteral("商业财经/管理"));
    QCOMPARE(map.map(QStringLiteral("商业/金融")), QStringLiteral("商业财经"));
    QCOMPARE(map.map(QStringLiteral("科学")), QString());
    QCOMPARE(TaxonomyMap::identityMap().map(QStringLiteral("科学")), QStringLiteral("科学"));
    const auto carried = map.carry({{QStringLiteral("商业/金融"), 0.25}, {QStringLiteral("商业"), 0.25}, {QStringLiteral("科学"), 0.5}});
    QCOMPARE(carried, (QMap<QString, double>{{QStringLiteral("商业财经"), 0.5}}));
}

void TstTransferMapping::categoryProfileScoresRelatedCategories()
{
    Interactions data;
    data.addItem({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("商业/管理")});
    data.addItem({QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("商业/金融")});
    data.addItem({QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("人文/历史")});
    data.finish();
    CategoryProfileModel m;
    m.train(data);
    const QMap<QString, double> profile{{QStringLiteral("商业/管理"), 1.0}};
    QCOMPARE(m.interest(0, profile), 1.0);
    QCOMPARE(m.interest(1, profile), 0.5); // one of two levels in common
    QCOMPARE(m.interest(2, profile), 0.0);
    const auto ranked = TopN::rank(m.scoresForProfile(profile), {}, 3);
    QCOMPARE(ranked, (std::vector<int>{0, 1, 2}));
}

namespace {

// Platform B: the same people and blocks as A, with their own items ("j…") and categories.
Interactions mirrored(const Interactions &a)
{
    Interactions b;
    for (int i = 0; i < a.itemCount(); ++i)
        b.addItem({QStringLiteral("j") + a.item(i).key, a.item(i).title, QStringLiteral("B") + a.item(i).category});
    for (int u = 0; u < a.userCount(); ++u) {
        const int nu = b.addUser(a.userKey(u));
        for (const auto &e : History::ofUser(a, u).entries)
            b.add(nu, e.item, e.strength, e.signal);
    }
    b.finish();
    return b;
}

} // namespace

void TstTransferMapping::transferFindsTheBlockOnTheOtherPlatform()
{
    const Interactions a = plantedInteractions(5, 50, 12, 5, 1);
    const Interactions b = mirrored(plantedInteractions(5, 50, 12, 5, 2));
    IalsModel::Options o;
    o.factors = 10;
    o.iterations = 8;
    auto ma = std::make_shared<IalsModel>();
    auto mb = std::make_shared<IalsModel>();
    QVERIFY(ma->train(a, o));
    QVERIFY(mb->train(b, o));
    auto pa = std::make_shared<CategoryProfileModel>();
    auto pb = std::make_shared<CategoryProfileModel>();
    pa->train(a);
    pb->train(b);
    std::vector<std::pair<int, int>> pairs;
    for (int u = 0; u < a.userCount(); u += 2) // half the people fit the mapping
        pairs.push_back({u, b.userIndex(a.userKey(u))});
    const TransferModel t = TransferModel::fit({ma, mb, pa, pb, TaxonomyMap()}, pairs);
    QVERIFY(t.usesMapping());
    int inBlock = 0, total = 0;
    for (int u = 1; u < a.userCount(); u += 2) { // the other half, as if new to B
        for (int i : TopN::rank(t.scores(History::ofUser(a, u)), {}, 5)) {
            inBlock += i / 12 == u / 50 ? 1 : 0;
            ++total;
        }
    }
    QVERIFY2(double(inBlock) / total > 0.8, qPrintable(QString::number(double(inBlock) / total)));
}

void TstTransferMapping::fallsBackToProfileWithFewPeople()
{
    const Interactions a = plantedInteractions(2, 10, 4, 2, 1);
    const Interactions b = mirrored(a);
    IalsModel::Options o;
    o.factors = 4;
    o.iterations = 2;
    auto ma = std::make_shared<IalsModel>();
    auto mb = std::make_shared<IalsModel>();
    ma->train(a, o);
    mb->train(b, o);
    auto pa = std::make_shared<CategoryProfileModel>();
    auto pb = std::make_shared<CategoryProfileModel>();
    pa->train(a);
    pb->train(b);
    TaxonomyMap map;
    map.insert(QStringLiteral("cat0"), QStringLiteral("Bcat0"));
    map.insert(QStringLiteral("cat1"), QStringLiteral("Bcat1"));
    const TransferModel t = TransferModel::fit({ma, mb, pa, pb, map}, {{0, 0}, {1, 1}});
    QVERIFY(!t.usesMapping());
    const History h = History::ofUser(a, 15); // someone of block 1
    QCOMPARE(t.scores(h), t.profileScores(h));
    QCOMPARE(TopN::rank(t.scores(h), {}, 1).front() / 4, 1);
}

QTEST_APPLESS_MAIN(TstTransferMapping)
#include "tst_transfermapping.moc"
