# product, permutations, combinations, combinations_with_replacement.
from itertools import combinations, combinations_with_replacement, permutations, product
from math import comb, factorial, perm

print("product", list(product("ab", range(3))))
print("product_repeat", ["".join(p) for p in product("01", repeat=3)])
print("product_mixed", list(product([1, 2], "x", repeat=2)))
print("product_empty_pool", list(product([1, 2], [], [3])))
print("product_none", list(product()), list(product("ab", repeat=0)))
print("perm2", list(permutations(range(4), 2)))
print("perm_all", ["".join(p) for p in permutations("abc")])
print("perm_r0", list(permutations("abc", 0)), list(permutations("", None)))
print("perm_too_big", list(permutations("ab", 3)))
print("comb", list(combinations("abcde", 3)))
print("comb_r0", list(combinations("abc", 0)), list(combinations("ab", 5)))
print("cwr", ["".join(c) for c in combinations_with_replacement("abc", 2)])
print("cwr_empty", list(combinations_with_replacement("", 2)),
      list(combinations_with_replacement("", 0)))
print("cwr_r3", list(combinations_with_replacement(range(2), 3)))

for n in range(6):
    pool = range(n)
    for r in range(n + 2):
        got_p = list(permutations(pool, r))
        got_c = list(combinations(pool, r))
        got_w = list(combinations_with_replacement(pool, r))
        assert len(got_p) == (perm(n, r) if r <= n else 0), (n, r)
        assert len(got_c) == (comb(n, r) if r <= n else 0), (n, r)
        assert len(got_w) == (comb(n + r - 1, r) if n else int(r == 0)), (n, r)
        assert got_p == sorted(got_p) and got_c == sorted(got_c) and got_w == sorted(got_w)
        assert got_c == [p for p in got_p if list(p) == sorted(p)]
        assert got_w == [p for p in product(pool, repeat=r) if list(p) == sorted(p)]
print("counts_ok", len(list(permutations(range(6)))) == factorial(6))

seen = []


def gen():
    for ch in "xyz":
        seen.append(ch)
        yield ch


p = product(gen(), [1, 2])
print("product_eager_pools", seen, next(p))
pe = permutations([3, 1, 2])
print("perm_order", list(pe), list(pe))
items = [[1], [2]]
out = next(combinations(items, 2))
print("comb_same_objects", out[0] is items[0], out[1] is items[1])
print("types", type(product()).__name__, type(permutations("a")).__name__,
      type(combinations("a", 1)).__name__, type(combinations_with_replacement("a", 1)).__name__)


def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("product_neg", lambda: product("a", repeat=-1))
attempt("product_kw", lambda: product("a", times=2))
attempt("product_2kw", lambda: product("a", repeat=1, x=2))
attempt("product_str_repeat", lambda: product("a", repeat="2"))
attempt("product_not_iter", lambda: product(1))
attempt("perm_neg", lambda: permutations("abc", -1))
attempt("perm_float", lambda: permutations("abc", 1.0))
attempt("perm_not_iter", lambda: permutations(5, -1))
attempt("comb_missing_r", lambda: combinations("abc"))
attempt("comb_neg", lambda: combinations("abc", -2))
attempt("comb_none", lambda: combinations("abc", None))
attempt("comb_float_first", lambda: combinations(5, 1.5))
attempt("cwr_neg", lambda: combinations_with_replacement("abc", -1))
attempt("comb_kw", lambda: list(combinations(r=2, iterable="abc")))
attempt("perm_kw", lambda: list(permutations(r=1, iterable="ab")))
attempt("comb_3args", lambda: combinations("abc", 1, 2))
