#include "demo/demomath.h"

#include <cmath>

namespace DemoMath {

namespace {
constexpr double kLn2 = 0.69314718055994530942;
constexpr double kSqrtHalf = 0.70710678118654752440;
} // namespace

double exp(double x)
{
    if (x < -745.0)
        return 0.0;
    if (x > 709.0)
        return HUGE_VAL;
    // x = k ln2 + r with |r| <= ln2/2; std::floor and std::ldexp are exact.
    const double k = std::floor(x / kLn2 + 0.5);
    const double r = x - k * kLn2;
    double term = 1.0;
    double sum = 1.0;
    for (int n = 1; n <= 22; ++n) {
        term = term * r / n;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(k));
}

double log(double x)
{
    if (!(x > 0.0))
        return -HUGE_VAL;
    int e = 0;
    double m = std::frexp(x, &e); // exact: m in [0.5, 1)
    if (m < kSqrtHalf) {
        m *= 2.0;
        --e;
    }
    // log(m) = 2 atanh(t), t = (m - 1) / (m + 1), |t| < 0.172
    const double t = (m - 1.0) / (m + 1.0);
    const double t2 = t * t;
    double power = t;
    double sum = 0.0;
    for (int n = 1; n <= 41; n += 2) {
        sum += power / n;
        power *= t2;
    }
    return 2.0 * sum + e * kLn2;
}

double pow(double base, double exponent)
{
    return exp(exponent * log(base));
}

} // namespace DemoMath
