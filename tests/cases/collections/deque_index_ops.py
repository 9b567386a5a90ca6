from collections import deque

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

d = deque(range(10))
d.appendleft(-1)
d.appendleft(-2)
print("start", d)
print("get", d[0], d[1], d[2], d[5], d[-1], d[-2], d[-11], d[-12])
d[0] = "a"
d[-1] = "z"
d[3] = "m"
d[-10] = "n"
print("set", d)
del d[0]
del d[-1]
del d[4]
print("del", d)
err("get out", lambda: d[len(d)])
err("get out neg", lambda: d[-len(d) - 1])
err("get str", lambda: d["1"])
err("get float", lambda: d[1.0])
err("get slice", lambda: d[1:3])
err("set out", lambda: d.__setitem__(100, 0))
err("del out", lambda: d.__delitem__(-100))
err("get bool", lambda: d[True])
err("empty get", lambda: deque()[0])
err("empty pop", lambda: deque().pop())
err("empty popleft", lambda: deque().popleft())

e = deque("abcdef")
print("index", e.index("c"), e.index("a"), e.index("f"))
print("index start", e.index("d", 2), e.index("d", -3), e.index("e", -3, -1))
err("index missing", lambda: e.index("q"))
err("index range", lambda: e.index("a", 1))
err("index stop", lambda: e.index("f", 0, 5))
err("index int missing", lambda: deque([1, 2]).index(3))
err("index bad start", lambda: e.index("a", "x"))
print("index big range", e.index("b", -100, 100))

f = deque([1, 2, 3])
f.insert(0, "first")
f.insert(2, "mid")
f.insert(100, "end")
f.insert(-1, "before end")
f.insert(-100, "very first")
print("insert", f)
err("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 0))
g = deque([1, 2], maxlen=3)
g.insert(1, 1.5)
print("insert bounded", g)
err("insert str index", lambda: g.insert("0", 1))

h = deque([1, 2, 3, 2, 1])
h.remove(2)
print("remove", h)
h.remove(1)
print("remove first", h)
err("remove missing", lambda: h.remove(9))
err("remove missing str", lambda: h.remove("x"))
print("count", h.count(2), h.count(1), deque().count(0))

k = deque([1, 1.0, True])
print("equal items", k.count(1), k.index(True), 1.0 in k)

# rotate with an __index__ object, and bad values
class Two:
    def __index__(self):
        return 2
n = deque(range(5))
n.rotate(Two())
print("rotate index", n)
err("rotate str", lambda: n.rotate("1"))
err("rotate float", lambda: n.rotate(1.5))
one = deque([1])
one.rotate(5)
print("rotate one", one)

err("maxlen negative", lambda: deque(maxlen=-1))
err("maxlen str", lambda: deque(maxlen="3"))
err("maxlen float", lambda: deque(maxlen=2.0))
err("not iterable", lambda: deque(5))
err("none iterable", lambda: deque(None))
err("maxlen set", lambda: setattr(deque(), "maxlen", 5))
