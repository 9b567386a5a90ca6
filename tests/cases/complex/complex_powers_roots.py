import cmath
for n in range(1, 7):
    roots = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
    print(n, [complex(round(r.real, 6) + 0.0, round(r.imag, 6) + 0.0) for r in roots], round(abs(sum(roots)), 9))
z = 1 + 1j
powers = [z ** k for k in range(6)]
print(powers)
print([round(abs(p), 10) for p in powers], [round(cmath.phase(p), 10) for p in powers[1:]])
print(1j ** 1j, (-1) ** 0.5, (-8) ** (1 / 3), pow(2j, 2), pow(1 + 1j, -1))
print(complex(3, 4) * complex(3, -4), (3 + 4j).conjugate() * (3 + 4j), abs(3 + 4j) ** 2)
print(cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.exp(1j * cmath.pi / 2), cmath.log(-1))
print(cmath.polar(-2), cmath.rect(2, cmath.pi / 2), cmath.isclose(cmath.exp(2j) , cmath.cos(2) + 1j * cmath.sin(2)))
