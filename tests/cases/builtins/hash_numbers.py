import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"))
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61), 2 ** 64, 10 ** 30, -10 ** 30, True, False]:
    print("int", v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -1.5, 0.1, 1e300, 1e-300, 2.0 ** 61, 3.14159, float("inf"), float("-inf"), 123456.789]:
    print("float", v, hash(v))
for v in [1j, 2 + 3j, -1j, complex(1.5, -2.5), 0j]:
    print("complex", v, hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(complex(0.5, 0)))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(("a" == "a", None is None)), hash((1, (2, (3,)))))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(range(5)) == hash(range(0, 5, 1)))
print(hash(None) == hash(None), hash(Ellipsis) == hash(...), isinstance(hash(object()), int))
