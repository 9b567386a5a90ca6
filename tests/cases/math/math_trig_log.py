import math
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]:
    print(round(x, 6), round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 6) if abs(math.cos(x)) > 1e-12 else "inf-ish")
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.log(2 ** 1000), math.log10(10 ** 300), math.log2(2 ** 2000), math.log(10 ** 400))
print(math.exp(-1000), math.sin(1e22), math.cos(0.0), math.tan(0.0), math.sin(-0.0))
print(math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
