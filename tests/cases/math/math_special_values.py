import math
inf, nan = math.inf, math.nan
print(math.sqrt(inf), math.exp(-inf), math.exp(inf), math.log(inf), math.atan(inf), math.tanh(-inf), math.erf(inf))
print(math.isnan(math.sqrt(nan)), math.isnan(math.sin(nan)), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.copysign(1.0, -nan) if False else "skip", math.fabs(-inf), math.floor(-0.5), math.ceil(-0.5), math.copysign(1, math.ceil(-0.5)))
print(math.fsum([inf, 1]), math.fsum([1e308, 1e308, -1e308]) if False else "skip", math.fsum([1, 1e100, 1, -1e100]))
print(math.prod([2, inf]), math.isinf(math.prod([1e200, 1e200])), math.fmod(-0.0, 1), math.remainder(-1, inf))
print(math.modf(inf), math.modf(-inf), math.frexp(inf), math.ldexp(inf, 5), math.ldexp(0.0, 10000))
print(math.atan2(inf, inf), math.atan2(-inf, inf), math.atan2(0, -1), math.atan2(1, 0))
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.ulp(0.0), math.ulp(inf), math.nextafter(inf, 0))
try:
    math.fsum([inf, -inf])
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__, e)
print(math.isqrt(0), math.isqrt(1), math.isqrt(2 ** 200), math.isqrt(True))
print(math.gcd(-12, 18), math.gcd(2 ** 100, 2 ** 80), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(0, 0), math.perm(0), math.perm(3, 5), math.factorial(True))
print(math.floor(True), math.ceil(5), math.trunc(7), math.floor(2 ** 70), math.sqrt(2 ** 70))
