#include "users/interestprofile.h"

#include <algorithm>
#include <cmath>

double InterestProfile::clampAlpha(double alpha)
{
    if (std::isnan(alpha))
        return kDefaultAlpha;
    return std::clamp(alpha, kMinAlpha, kMaxAlpha);
}

InterestProfile::Result InterestProfile::compute(const QList<Profile::DayCategoryCount> &steps, double alpha)
{
    Result result;
    result.alpha = clampAlpha(alpha);

    // Group by day first: the loader orders by day, but nothing here should depend on it.
    QMap<QDate, QMap<QString, qint64>> days;
    for (const Profile::DayCategoryCount &step : steps) {
        if (!step.day.isValid() || step.count <= 0)
            continue;
        days[step.day][step.category] += step.count;
    }

    const double keep = 1.0 - result.alpha;
    QMap<QString, double> &b = result.weights;
    for (auto day = days.cbegin(); day != days.cend(); ++day) {
        qint64 total = 0;
        for (qint64 count : day.value())
            total += count;
        // Every known category fades, then today's mix is added: b = alpha*a + (1-alpha)*b,
        // with a = 0 for categories not seen today.
        for (double &weight : b)
            weight *= keep;
        for (auto category = day.value().cbegin(); category != day.value().cend(); ++category)
            b[category.key()] += result.alpha * double(category.value()) / double(total);
        ++result.activeDays;
    }
    result.normalised = normalise(b);
    return result;
}

QMap<QString, double> InterestProfile::weights(const QList<Profile::DayCategoryCount> &steps, double alpha)
{
    return compute(steps, alpha).weights;
}

QMap<QString, double> InterestProfile::normalise(const QMap<QString, double> &weights)
{
    double sum = 0;
    for (double weight : weights)
        sum += weight;
    QMap<QString, double> shares;
    if (!(sum > 0))
        return shares;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        shares.insert(it.key(), it.value() / sum);
    return shares;
}
