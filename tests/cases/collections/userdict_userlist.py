from collections import UserDict, UserList

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

d = UserDict({"a": 1}, b=2)
print("repr", d, len(d), d.data, type(d.data).__name__)
print("get", d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
err("missing", lambda: d["z"])
d["c"] = 3
del d["a"]
print("set del", d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print("pop", d.pop("b"), d.pop("nope", None), d)
err("pop missing", lambda: d.pop("nope"))
print("setdefault", d.setdefault("x", 9), d.setdefault("c", 0), d)
d.update([("p", 1)], q=2)
d.update({"r": 3})
print("update", d)
print("popitem", d.popitem(), d)
d.clear()
err("popitem empty", lambda: d.popitem())
print("eq", UserDict(a=1) == {"a": 1}, UserDict(a=1) == UserDict(a=1), UserDict(a=1) == 5)
print("or", UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1), UserDict(a=1) | UserDict(c=3))
io = UserDict(a=1)
io |= {"a": 2, "z": 0}
print("ior", io)
print("copy", UserDict(a=[1]).copy(), UserDict.fromkeys("ab", 0))
print("kw named dict", UserDict(dict=1), UserDict(self=2))
err("not iterable", lambda: UserDict(5))
err("two args", lambda: UserDict({}, {}))

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return "?" + key

lo = Lower({"A": 1}, B=2)
lo["C"] = 3
print("subclass", lo, lo["zz"], lo.get("zz"), "zz" in lo)
lc = lo.copy()
print("subclass copy", type(lc).__name__, lc, lc.data is lo.data)

l = UserList([3, 1, 2])
print("list repr", l, len(l), l.data, l[0], l[-1], l[0:2], type(l[0:2]).__name__)
l.append(4)
l.insert(0, 0)
l.extend([5, 6])
l.extend(UserList([7]))
print("grow", l)
print("pop", l.pop(), l.pop(0), l)
l.remove(1)
print("remove", l)
err("remove missing", lambda: l.remove(99))
err("index missing", lambda: l.index(99))
print("index count", l.index(2), l.count(2), 3 in l, 99 in l)
l.sort()
print("sort", l)
l.sort(key=lambda v: -v)
print("sort key", l)
l.reverse()
print("reverse", l)
l[0] = 100
l[1:3] = [20, 30, 40]
del l[-1]
print("setitem", l)
print("add", l + [1], [1] + l, l + UserList([2]), l + (3,))
print("mul", UserList([1, 2]) * 2, 2 * UserList([0]))
m = UserList([1])
m += [2]
m += UserList([3])
m *= 2
print("inplace", m)
print("compare", UserList([1]) < [2], UserList([1]) == [1], UserList([1]) == UserList([1]), UserList([2]) > UserList([1]))
print("from", UserList(), UserList("ab"), UserList(UserList([1])), UserList(range(3)))
err("bad init", lambda: UserList(5))
err("hash", lambda: hash(UserList()))
print("iter", list(iter(UserList([1, 2]))), list(reversed(UserList([1, 2]))), sorted(UserList([2, 1])))
cp = m.copy()
cp.append(0)
print("copy", m, cp, type(cp).__name__)
m.clear()
print("clear", m)

class Stack(UserList):
    def push(self, item):
        self.append(item)

s = Stack([1])
s.push(2)
print("subclass", s, type(s[0:1]).__name__, type(s + [3]).__name__, type(s.copy()).__name__)
