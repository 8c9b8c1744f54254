#pragma once

// exp and log for the demo generator, from +, -, *, / and exact scaling only. The C library's
// std::exp/std::log/std::pow are not correctly rounded and differ in the last bit between glibc,
// Apple's libm and the MSVC runtime; a one-bit difference can flip a rounded count and change the
// demo data. These series are not faster or more accurate, only identical everywhere (IEEE-754
// basic operations are exactly specified; no -ffast-math, no FMA contraction in ISO C++ mode).
namespace DemoMath {

double exp(double x);
// Natural logarithm; x must be > 0.
double log(double x);
// base^exponent for base > 0.
double pow(double base, double exponent);

} // namespace DemoMath
