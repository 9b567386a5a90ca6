import math
print(math.copysign(5, -1), math.copysign(-5, 1), math.copysign(0.0, -1), math.fabs(-0.0))
print(math.frexp(1.0), math.frexp(-3.0), math.frexp(1e-320), math.ldexp(1, -1074), math.ldexp(3, 2))
print(math.modf(-0.0), math.modf(1e20), math.modf(2.5))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 1.5), math.fmod(0.0, 1))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(2.5, 1))
print(math.hypot(3e200, 4e200), math.hypot(1e-200, 1e-200), math.dist((1, 1), (4, 5)))
print(math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-320), math.cbrt(-8) if hasattr(math, "cbrt") else "n/a")
print(math.exp(0), math.exp(-0.0), math.expm1(0), math.log1p(0), math.log(1), math.log2(0.5))
print(math.isclose(1e-9, 2e-9), math.isclose(1e-9, 2e-9, rel_tol=0.6), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.nextafter(1.0, 0.0), math.nextafter(-0.0, 1.0), math.ulp(1e300), math.ulp(-1.0))
print(math.floor(1e308), math.ceil(-1e-308), math.trunc(1.999999999999999999))
