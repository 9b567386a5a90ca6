tests = [("42", 10), ("-42", 10), ("  +7  ", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2), ("z", 36), ("Zz", 36),
         ("1_000", 10), ("0_1", 0), ("10", 0), ("0", 0), ("00", 0), ("777", 8),
         ("\u0663\u0664", 10), ("1e3", 10), ("12.5", 10), ("", 10), ("0x", 16),
         ("1__0", 10), ("_1", 10), ("09", 0), ("12", 2), ("g", 16), ("0b12", 0),
         (" 1 2 ", 10)]
for s, base in tests:
    try:
        print(repr(s), base, "->", int(s, base))
    except ValueError as e:
        print(repr(s), base, "->", type(e).__name__, e)
for bad_base in (1, 37, -1):
    try:
        int("1", bad_base)
    except ValueError as e:
        print("base", bad_base, type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"123"), int(bytearray(b"0x10"), 16), int("  -0  "))
print(int(3.99), int(-3.99), int(True), int(), int(1e20))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
print(int(HasInt()), int(HasIndex()))
print(int("1" * 40), int("-" + "9" * 30, 16))
