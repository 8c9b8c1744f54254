#pragma once

#include <cstdint>
#include <vector>

// The demo generator's only source of randomness: xoshiro256** seeded through splitmix64, with
// uniform/normal/zipf/... helpers written here rather than taken from <random>. The standard
// library's distributions are implementation-defined, so libstdc++, libc++ and MSVC would
// generate different demo data from the same seed; these helpers give identical bits everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed);
    // An independent stream for (seed, a, b, c): per-user, per-platform, per-aspect streams make
    // the output independent of the order (and thread) in which users are generated.
    static DemoRandom derive(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0);
    // A stable 64-bit mix of the inputs (splitmix64 finaliser chain), also used for derived ids.
    static std::uint64_t mix(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0);

    std::uint64_t next();
    // [0, 1) with 53 random bits.
    double uniform();
    // Uniform integer in [lo, hi] (inclusive); hi >= lo.
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    bool chance(double p) { return uniform() < p; }
    // Standard normal (polar method over DemoMath, identical on every platform).
    double normal();
    // Shifted Pareto (Lomax): heavy tail with P(X > x) = (1 + x/scale)^-shape.
    double lomax(double scale, double shape);
    // Poisson count (Knuth for small means, normal approximation above 30).
    int poisson(double mean);
    // Index into `cumulative` (non-decreasing partial sums, last = total) chosen by weight.
    std::size_t pickCumulative(const std::vector<double> &cumulative);
    // Index into a small weight table.
    template <std::size_t N>
    std::size_t pickWeighted(const double (&weights)[N])
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        return N - 1;
    }
    template <class T, std::size_t N>
    const T &pick(const T (&values)[N])
    {
        return values[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(N) - 1))];
    }

private:
    std::uint64_t m_s[4];
};
