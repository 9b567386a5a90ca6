a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(a * a * a)
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775808) * -1)
print(abs(-(2 ** 100)), -(-(2 ** 100)))
print((2 ** 100) // (2 ** 99), (2 ** 100) % (2 ** 99 + 1))
print(divmod(10 ** 25, 12345), divmod(-10 ** 25, 12345))
fact = 1
for i in range(1, 41):
    fact *= i
print("40!", fact)
print("digits sum", sum(int(c) for c in str(2 ** 1000)))
print(2 ** 200 == 2 ** 200, 2 ** 200 < 2 ** 201, 2 ** 64 > 2 ** 63, -(2 ** 64) < 1)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(float(2 ** 64), int(float(2 ** 64)))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print(int("9" * 50) + 1)
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(max(2 ** 70, 2 ** 69), min(-2 ** 70, 5))
print(sum([2 ** 62] * 10))
print((10 ** 18) * (10 ** 18) // (10 ** 18))
x = 1
for _ in range(70):
    x *= 3
print(x, x.bit_length())
