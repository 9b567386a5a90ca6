total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals)), __import__("math").fsum(vals))
x = 1.0
steps = 0
while x > 0:
    x /= 2
    steps += 1
print("halvings to zero", steps)
y = 1.0
n = 0
while y != float("inf"):
    y *= 2
    n += 1
print("doublings to inf", n)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print("epsilon", eps)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print([round(i * 0.1, 1) for i in range(5)], [i * 0.1 for i in range(5)])
print(1.0 / 49 * 49, 3 * 1.1, 1.15 * 100, 4.35 * 100, 0.57 * 100)
print(int(0.57 * 100), int(round(0.57 * 100)), 8.1 - 8, 1e-5 * 3)
print(2 / 3, 2 // 3, -2 / 3, 10 / 4, 10 // 4, 1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
