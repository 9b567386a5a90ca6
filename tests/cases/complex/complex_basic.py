z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(complex(1, 2), complex(), complex(2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5j"))
print(1j, -1j, 0j, -0j, 1 + 0j, 0 - 0j, complex(-0.0, -0.0), complex(0.0, -0.0))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) + 1, 2 - (1 + 1j))
print((1 + 1j) ** 2, (2j) ** 0.5, 1j ** 2, (1 + 2j) ** 3)
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, z != 3)
print(complex(1e300, 1e300) * 10, complex("inf+nanj"), complex(float("nan"), 1))
print(repr(complex(1.5, -0.0)), repr(complex(0, 1e20)), repr(1e-5j), repr(complex(1, 1e16)))
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)))
for bad in ["1+2", "abc", "1+j2", "(1+2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format(z, ""), format(z, ".2f"), format(z, "^20"), format(1.5 - 2j, "+.1e"), f"{z:g}")
print(complex(1, 2).__class__.__name__, isinstance(1j, complex), bool(0j), bool(1j))
print(complex("(1+2j)"), complex("1e3j"), complex(True, False))
print(sum([1j, 2, 3.5]), pow(1j, 2), abs(-3j), divmod(5, 2) if False else "skip")
