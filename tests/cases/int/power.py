print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** -1)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(type(2 ** 3).__name__, type(2 ** -1).__name__)
print(pow(3, 4), pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(2, 0, 1))
print(pow(7, -2, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2.0 ** 3, 4 ** 0.5, (-8) ** (1 / 3) if False else "skip", 2 ** 0.5)
r = (-8) ** 0.5
print("negative to fractional", type(r).__name__, round(r.real, 10), r.imag)
print(3 ** 3 ** 2, (3 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 ** 20, 10 ** 19 + 1)
print(len(str(7 ** 1000)))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(2, 10 ** 6, 1000))
print(1.5 ** 2, 0.0 ** 0, 0.0 ** 2)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(-1, 0.5))
print(True ** 2, 2 ** True, 2 ** False)
