#include "demo/demorandom.h"

#include "demo/demomath.h"

#include <algorithm>
#include <cmath>

namespace {
std::uint64_t splitmix(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &s : m_s)
        s = splitmix(state);
}

std::uint64_t DemoRandom::mix(std::uint64_t seed, std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    std::uint64_t state = seed;
    std::uint64_t h = splitmix(state);
    for (std::uint64_t v : {a, b, c}) {
        state = h ^ v;
        h = splitmix(state);
    }
    return h;
}

DemoRandom DemoRandom::derive(std::uint64_t seed, std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    return DemoRandom(mix(seed, a, b, c));
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::int64_t DemoRandom::between(std::int64_t lo, std::int64_t hi)
{
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    if (span == 0) // the full 64-bit range
        return static_cast<std::int64_t>(next());
    // Lemire-free simple rejection keeps it exact and portable (no 128-bit multiply on MSVC).
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t x;
    do {
        x = next();
    } while (x >= limit);
    return lo + static_cast<std::int64_t>(x % span);
}

double DemoRandom::normal()
{
    // Marsaglia's polar method: needs only log and sqrt (std::sqrt is exactly rounded by IEEE).
    for (;;) {
        const double u = 2.0 * uniform() - 1.0;
        const double v = 2.0 * uniform() - 1.0;
        const double s = u * u + v * v;
        if (s > 0.0 && s < 1.0)
            return u * std::sqrt(-2.0 * DemoMath::log(s) / s);
    }
}

double DemoRandom::lomax(double scale, double shape)
{
    const double u = 1.0 - uniform(); // (0, 1]
    return scale * (DemoMath::pow(u, -1.0 / shape) - 1.0);
}

int DemoRandom::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 30)
        return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * normal())));
    const double limit = DemoMath::exp(-mean);
    int k = 0;
    double p = uniform();
    while (p > limit) {
        ++k;
        p *= uniform();
    }
    return k;
}

std::size_t DemoRandom::pickCumulative(const std::vector<double> &cumulative)
{
    const double x = uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()), cumulative.size() - 1);
}
