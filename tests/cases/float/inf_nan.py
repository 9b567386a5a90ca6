inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, -inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan >= nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float("infinity"))
print(1 / inf, -1 / inf, inf // 1 if False else "skip", 5 % inf, -5 % inf)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1])[0] is nan or "order kept")
print(nan in [nan], [nan] == [nan], nan is nan)
x = nan
print("same object in list", x in [x], [x] == [x])
print(abs(-inf), abs(nan), -nan)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(round(inf, 2), round(nan, 2))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(inf))
print(math.inf, math.nan, -math.inf, math.copysign(1, -0.0), math.copysign(1, nan))
print(divmod(inf, 1) if False else "skip", divmod(7.0, inf), divmod(-7.0, inf))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 0 ** inf, 2 ** -inf)
print(hash(inf), hash(-inf))
print(format(inf, "f"), format(-inf, ".2e"), format(nan, "g"), format(inf, "F"), format(nan, "E"), format(inf, "10"))
print(f"{nan:+}", f"{inf:=+8}", f"{-0.0:+}", f"{0.0:+}")
