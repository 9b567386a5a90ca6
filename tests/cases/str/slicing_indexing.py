s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-1], s[8:2:-2], s[100:], s[-100:3], s[5:2], s[::-3], s[2:8:0] if False else "skip")
print(repr(s[10:]), repr(s[3:3]), s[slice(1, 4)], s[slice(None, None, -2)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
u = "日本語テキスト😀x"
print(u[0], u[-1], u[-2], u[2:5], u[::-1], len(u))
print(s[True], s[False:True + 2])
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():5], s[:Idx()])
print(list("abc"), tuple("ab"), [c for c in "hi"], sorted("cba"), reversed("abc").__class__.__name__, "".join(reversed("abc")))
