name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value"}
print(f"Hello, {name}!")
print(f"{n} {n:5} {n:<5}| {n:^7}| {n:05} {n:x} {n:#o} {n:b} {n:,} {n * 1000:_}")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi:g} {pi:%} {pi:+.1f}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{items} {items[0]} {d['key']} {d}")
print(f"{n + 1} {n * 2} {n if n > 40 else 0} {[x * 2 for x in items]}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:{'*'}^{width}}]")
print(f"{{braces}} {{{n}}}")
print(f"{n=} {pi=:.2f} {name=!r} {n + 1 = }")
print(f"{'nested ' + f'{n}'}")
print(f"""multi
{n}
line""")
print(f"{len(name)} {name.upper()} {name[::-1]}")
print(f"{(lambda x: x * 2)(5)}")
print(f"{3.0:n} {1e20:n} {0.1:.1}")
dt = (2023, 1, 5)
print(f"{dt[0]:04d}-{dt[1]:02d}-{dt[2]:02d}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"{-0.0} {-5:+} {5:+} {5: } {-5: }")
print(f"{True} {None} {3+4j} {b'x'}")
class W:
    def __format__(self, spec):
        return f"W({spec!r})"
    def __str__(self):
        return "W-str"
    def __repr__(self):
        return "W-repr"
w = W()
print(f"{w} {w:abc} {w!s} {w!r} {w!s:>8}")
try:
    f"{n:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'a' 'b'}" f"{'c'}" "d")
print(F"{n}", rf"\n{n}", fr"{n}\t")
