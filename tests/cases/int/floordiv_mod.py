pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7), (17, 10), (-17, 10), (17, -10)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}   divmod = {divmod(a, b)}")
big = 10 ** 30 + 7
print("big", big // 3, big % 3, -big // 3, -big % 3)
print("big neg div", divmod(-big, 10 ** 15))
print("mixed", 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7.5, 2))
print("float mod sign", 5.0 % -3, -5.0 % 3, 0.0 % 5, -0.0 % 5)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for name, op in (("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("divmod", divmod)):
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(repr(a), name, repr(b), "->", e)
print("true div", 7 / 2, -7 / 2, 1 / 3, 10 / 5, type(10 / 5).__name__)
print("bool math", True + True, True // 1, False % 3, -True)
print("huge true div", 10 ** 40 / 10 ** 20)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print("int/int exact", (10 ** 400) / (10 ** 398))
print("floordiv big by float", 10 ** 20 // 3.0)
