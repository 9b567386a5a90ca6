import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.phase(-1), cmath.phase(1j))
print(cmath.polar(1j), cmath.rect(1, 0))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-15))
print(cmath.log(1), cmath.isnan(complex("nan")), cmath.isinf(complex("inf")))
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
print((1 + 2j).real.__class__.__name__, (3j).imag)
print(complex(1, 1j), complex(1j, 1j))
