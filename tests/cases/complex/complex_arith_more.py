a = complex(3, -4)
b = 1 + 2j
print(a + b, a - b, a * b, a / b, -a, +a, a.conjugate(), abs(a))
print(a == complex("3-4j"), a != b, a * 1j, a ** 0, a ** 1, b ** 2, b ** -1)
print(complex(2) * 3, 3.5 * b, b / 2, 2 / b, b + True)
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(1, -0.0)), repr(complex(0.0, -1)))
print(repr(complex(1e-10, 1e10)), repr(complex(float("nan"), float("inf"))), repr(-complex(0, 1)))
print(complex(1, 2).real, complex("  1.5e1-2.5J "), complex(" ( 2+3j ) "), complex(5.0))
for s in ["1+1j", "-j", "+1.j", "1e-1j", "inf-infj", "NaN+NANj"]:
    print(s, complex(s))
print(format(1 + 2j, ">15"), format(1.23456 - 2j, ".2f"), format(-1j, "g"), format(1e10 + 1e-10j, ".3e"))
print(round(abs(complex(1, 1)), 12), hash(complex(2, 0)) == hash(2), complex(1, 2) in {1 + 2j})
