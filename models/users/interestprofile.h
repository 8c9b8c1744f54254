#pragma once

#include "users/profiledata.h"

#include <QList>
#include <QMap>
#include <QString>

// The source material's exponentially decayed interest vector of one user on one platform:
//   b_u <- alpha * a_u + (1 - alpha) * b_u
// stepped once per active day, in day order. a_u is that day's category mix (each category's
// count divided by the day's total, so it sums to 1); b_u starts at zero. Days without activity
// are not steps: interest fades with what the user does, not with the calendar.
//
// The raw vector sums to 1 - (1 - alpha)^n after n active days (the zero start still shows), so
// the views show the normalised vector (sums to 1): the mix of interests, comparable between a
// platform with years of history and one with a week of it. The raw one is there for tooltips
// and for callers that want to see how settled a profile is.
class InterestProfile
{
public:
    static constexpr double kMinAlpha = 0.01;
    static constexpr double kMaxAlpha = 1.0;
    static constexpr double kDefaultAlpha = 0.1;

    struct Result
    {
        QMap<QString, double> weights;    // raw b_u after the last active day
        QMap<QString, double> normalised; // weights / sum(weights); empty when there is no history
        int activeDays = 0;
        double alpha = kDefaultAlpha;     // the alpha actually used (after clamping)
    };

    // alpha is clamped to [kMinAlpha, kMaxAlpha]; NaN gives kDefaultAlpha. Steps may arrive in any
    // order and repeat a (day, category): they are summed per day first. Steps with a count <= 0
    // or an invalid day are ignored (dirty data).
    static Result compute(const QList<Profile::DayCategoryCount> &steps, double alpha);

    // The raw weights only.
    static QMap<QString, double> weights(const QList<Profile::DayCategoryCount> &steps, double alpha);

    // weights / their sum; empty when the sum is not positive.
    static QMap<QString, double> normalise(const QMap<QString, double> &weights);

    static double clampAlpha(double alpha);
};
