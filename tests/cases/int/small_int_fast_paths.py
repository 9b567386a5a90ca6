# The eval loop's small-int fast paths must agree with the general int code at every edge:
# signs, zero divisors, shifts past 63 bits, i64 overflow into big ints, in-place forms.
import sys

edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, -64, 2**31, -2**31, 2**62, -2**62,
         2**63 - 1, -2**63, sys.maxsize, -sys.maxsize - 1]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("<<", lambda a, b: a << b),
    (">>", lambda a, b: a >> b), ("**", lambda a, b: a ** b),
]
for name, f in ops:
    total = 0
    errors = {}
    for a in edges:
        for b in edges:
            if name == "<<" and b > 200:
                continue
            if name == "**" and not (-3 <= b <= 70):
                continue
            try:
                r = f(a, b)
            except Exception as e:
                errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
                continue
            total = (total * 31 + hash(r)) % (2**61 - 1)
    print(name, total, sorted(errors.items()))

# In-place forms, with the result growing past 64 bits and shrinking back.
x = 1
for i in range(70):
    x <<= 1
    x |= 1
print(x, x.bit_length())
for i in range(70):
    x >>= 1
print(x)
y = 2**62
y += y
print(y, type(y).__name__)
y -= 2**63
print(y)
z = -7
z //= 2
print(z)
z %= -5
print(z)
print(-2**63 // -1, (-2**63) % -1, divmod(-2**63, -1))
print(5 ** -1, 0 ** 0, (-2) ** 63, (-2) ** 64)
print(1 << 62, 1 << 63, -1 << 63, -1 << 64, 3 << 62)
print(-1 >> 100, 1 >> 100, -(2**63) >> 63)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 // 0, lambda: 1 % 0]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# Mixed int/float and truthiness in conditional jumps.
print(2**53 + 1.0, 2**53 + 1 + 0.0, 3 * 0.5, 1 - 0.25, 7 / 2, 2**60 * 1.0)
count = 0
for v in [0, 1, -1, None, 0.0, 2.5, "", "x", [], [0], 2**70]:
    if v:
        count += 1
    while v:
        count += 10
        break
print(count)
