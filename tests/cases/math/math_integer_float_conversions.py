import math
class Floorable:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
    def __trunc__(self):
        return "custom trunc"
f = Floorable()
print(math.floor(f), math.ceil(f), math.trunc(f))
class AsFloat:
    def __float__(self):
        return 2.25
print(math.sqrt(AsFloat()), math.floor(AsFloat()), math.isfinite(AsFloat()))
class AsIndex:
    def __index__(self):
        return 5
print(math.factorial(AsIndex()), math.gcd(AsIndex(), 10), math.isqrt(AsIndex()), math.comb(AsIndex(), 2))
print(math.sqrt(True), math.exp(False), math.log(True), math.floor(-7), math.ceil(-7.0))
print(math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else "no sumprod in 3.11")
print(math.dist([1, 2, 3], [4, 6, 3]), math.hypot(), math.hypot(-5), math.prod(range(1, 11)), math.prod([0.5, 4]))
print(round(math.pi, 10), round(math.e, 3), f"{math.pi:.30f}")
print(math.log(1024, 2), math.log(1000, 10), math.log2(8) == 3, math.log10(1000) == 3)
print(sum(1 / math.factorial(k) for k in range(20)), math.e)
