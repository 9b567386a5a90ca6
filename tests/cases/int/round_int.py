for n, nd in [(15, -1), (25, -1), (35, -1), (-15, -1), (-25, -1), (149, -2), (150, -2), (250, -2),
              (12345, -3), (5, -1), (4, -1), (6, -1), (123, 0), (123, 5), (0, -3), (10 ** 20 + 5 * 10 ** 18, -19)]:
    r = round(n, nd)
    print(n, nd, r, type(r).__name__)
print(round(7), type(round(7)).__name__)
print(round(True), type(round(True)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2 ** 100, -30))
