n = 48879
print(str(n), repr(n), hex(n), oct(n), bin(n), f"{n:x}", f"{n:#X}", f"{n:_b}", f"{n:e}")
print(int("0xbeef", 16), int("BEEF", 16), int("0o137357", 8), int("0b1011111011101111", 2), int("beef", 16) == n)
for base in (2, 3, 7, 16, 36):
    digits = []
    m = n
    while m:
        m, r = divmod(m, base)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    s = "".join(reversed(digits))
    print(base, s, int(s, base) == n)
print(str(-0), str(+7), int("-0"), int("+0"), int("٠"))
print(len(str(2 ** 1000)), str(2 ** 100)[:10], str(-(10 ** 30)))
print(int(" 42\n"), int("\t-7 "), int("1" * 20), int("0" * 50 + "1"))
print([int(c) for c in str(9876543210)], int("".join(reversed("12345"))))
