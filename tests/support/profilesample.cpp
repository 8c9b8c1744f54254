#include "profilesample.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace {
const QStringList kCategories = {QStringLiteral("商业"), QStringLiteral("人文"), QStringLiteral("科学"),
                                 QStringLiteral("个人成长"), QStringLiteral("生活")};
const QStringList kKinds = {QStringLiteral("view"), QStringLiteral("click"), QStringLiteral("play"),
                            QStringLiteral("like"), QStringLiteral("favourite"), QStringLiteral("comment"),
                            QStringLiteral("share"), QStringLiteral("search")};
const std::array<double, 8> kKindWeights = {0.36, 0.20, 0.26, 0.06, 0.03, 0.03, 0.02, 0.04};
const QStringList kTitles = {QStringLiteral("管理学 30 讲"), QStringLiteral("中国通史：从先秦到明清"),
                             QStringLiteral("量子力学入门"), QStringLiteral("认知心理学"), QStringLiteral("投资理财课"),
                             QStringLiteral("宋词里的人生"), QStringLiteral("睡眠与健康"), QStringLiteral("沟通表达训练营")};

int pick(QRandomGenerator &rng, const double *weights, int n)
{
    double r = rng.generateDouble(), sum = 0;
    for (int i = 0; i < n; ++i) {
        sum += weights[i];
        if (r < sum)
            return i;
    }
    return n - 1;
}

// Category mix on day `d` of `days`: one taste slowly giving way to another.
std::array<double, 5> mixOn(int d, int days, const std::array<double, 5> &start, const std::array<double, 5> &end)
{
    const double t = double(d) / double(std::max(1, days - 1));
    std::array<double, 5> mix{};
    double sum = 0;
    for (int c = 0; c < 5; ++c)
        sum += mix[c] = start[c] * (1 - t) + end[c] * t;
    for (double &m : mix)
        m /= sum;
    return mix;
}

QList<Profile::DayCategoryCount> steps(QRandomGenerator &rng, const QDate &from, int days,
                                       const std::array<double, 5> &start, const std::array<double, 5> &end)
{
    QList<Profile::DayCategoryCount> out;
    for (int d = 0; d < days; ++d) {
        if (rng.generateDouble() < 0.3)
            continue; // a quiet day
        const auto mix = mixOn(d, days, start, end);
        std::array<qint64, 5> counts{};
        const int interactions = 3 + int(rng.bounded(25));
        for (int i = 0; i < interactions; ++i)
            ++counts[pick(rng, mix.data(), 5)];
        for (int c = 0; c < 5; ++c) {
            if (counts[c] > 0)
                out.append({from.addDays(d), kCategories[c], counts[c]});
        }
    }
    return out;
}
} // namespace

Profile::AccountProfile ProfileSample::heavyUser(quint32 seed, const QString &platform, const QDate &from, int days,
                                                 int eventsTarget)
{
    QRandomGenerator rng(seed);
    Profile::AccountProfile p;
    p.account.platform = platform;
    p.account.userKey = QStringLiteral("10086");
    p.facts.name = QStringLiteral("张伟");

    const double perDay = double(eventsTarget) / (days * 0.8);
    for (int d = 0; d < days; ++d) {
        const QDate day = from.addDays(d);
        const bool weekend = day.dayOfWeek() >= 6;
        if (rng.generateDouble() < (weekend ? 0.1 : 0.25))
            continue;
        // A busier second year, bursts when a new course starts.
        const double season = 0.7 + 0.6 * double(d) / days + (d % 90 < 10 ? 0.8 : 0.0);
        const int events = int(perDay * season * (0.4 + 1.2 * rng.generateDouble()));
        std::array<qint64, 8> counts{};
        for (int e = 0; e < events; ++e)
            ++counts[pick(rng, kKindWeights.data(), 8)];
        for (int k = 0; k < 8; ++k) {
            if (counts[k] > 0)
                p.timeline.append({day, kKinds[k], counts[k]});
        }
        p.eventCount += events;
        // Evenings on weekdays, mornings and afternoons at the weekend, a lunch-time bump.
        for (int e = 0; e < events; ++e) {
            const double r = rng.generateDouble();
            int hour = weekend ? (r < 0.5 ? 9 + int(rng.bounded(4)) : 14 + int(rng.bounded(8)))
                               : (r < 0.15 ? 7 + int(rng.bounded(2)) : r < 0.3 ? 12 + int(rng.bounded(2))
                                                                       : r < 0.95 ? 19 + int(rng.bounded(5))
                                                                                  : int(rng.bounded(24)));
            ++p.heatmap[day.dayOfWeek() - 1][hour];
        }
    }

    p.interestSteps = steps(rng, from, days, {5, 2, 1, 3, 1}, {2, 2, 4, 3, 1});

    const QStringList channels = {QStringLiteral("ios"), QStringLiteral("pc"), QStringLiteral("h5"),
                                  QStringLiteral("android")};
    const std::array<double, 4> eventShare = {0.52, 0.27, 0.13, 0.08};
    const std::array<double, 4> orderShare = {0.30, 0.55, 0.10, 0.05};
    for (int c = 0; c < 4; ++c)
        p.channels.append({channels[c], qint64(p.eventCount * eventShare[c]), 0});
    p.channels.append({QString(), 120, 0}); // events with no channel recorded

    for (int i = 0; i < 42; ++i) {
        Profile::Purchase purchase;
        purchase.orderKey = QString::number(9000 + i);
        purchase.orderNo = QStringLiteral("DD%1").arg(20230000 + i * 37);
        purchase.itemTitle = kTitles[int(rng.bounded(qsizetype(kTitles.size())))];
        purchase.channel = channels[pick(rng, orderShare.data(), 4)];
        purchase.amountFen = std::array<qint64, 5>{990, 1990, 4900, 9900, 29900}[rng.bounded(5)];
        purchase.orderedAt = from.addDays(rng.bounded(days)).startOfDay().addSecs(20 * 3600 + rng.bounded(3600));
        purchase.status = QStringLiteral("paid");
        if (i % 13 == 5) {
            purchase.status = QStringLiteral("refunded");
            purchase.refundFen = purchase.amountFen;
            purchase.refundedAt = purchase.orderedAt.addDays(3);
        }
        for (auto &row : p.channels) {
            if (row.channel == purchase.channel)
                ++row.orders;
        }
        p.purchases.append(purchase);
    }
    std::sort(p.purchases.begin(), p.purchases.end(),
              [](const auto &a, const auto &b) { return a.orderedAt > b.orderedAt; }); // newest first
    return p;
}

QList<Profile::DayCategoryCount> ProfileSample::otherPlatformSteps(quint32 seed, const QDate &from, int days)
{
    QRandomGenerator rng(seed);
    return steps(rng, from, days, {1, 5, 1, 2, 4}, {1, 4, 1, 2, 3});
}
