from collections import deque

d = deque()
print("empty", d, len(d), bool(d), list(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print("appends", d, len(d), bool(d))
print("pops", d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")
print("extends", d)
print("ends", d[0], d[-1])
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
d.rotate()
print("rotate default", d)
d.rotate(len(d) * 5 + 1)
print("rotate big", d)
d.rotate(-len(d) * 3 - 2)
print("rotate big neg", d)
d.reverse()
print("reverse", d)
print("count", d.count(3), d.count("z"), d.count("a"))
d.clear()
print("clear", d, len(d))

# construction
print("from str", deque("hello"))
print("from range", deque(range(5)))
print("from gen", deque(x * x for x in range(4)))
print("from dict", deque({"k": 1, "j": 2}))
print("kw", deque(iterable=[1, 2], maxlen=5))

# maxlen
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print("bounded append", i, b)
b.appendleft("L")
print("bounded appendleft", b)
b.extend("xyz")
print("bounded extend", b)
b.extendleft([7, 8])
print("bounded extendleft", b)
print("maxlen", b.maxlen, deque().maxlen, deque([], 0).maxlen)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.appendleft(5)
print("maxlen 0", z, len(z))
print("tail", deque(range(100), maxlen=4))
print("tail of gen", deque((c for c in "abcdefgh"), 2))
last = deque(maxlen=2)
last.extend(range(1000))
print("big extend bounded", last)
first = deque(maxlen=2)
first.extendleft(range(1000))
print("big extendleft bounded", first)

# re-running __init__ clears and resets maxlen
r = deque([1, 2, 3], maxlen=5)
r.__init__("ab")
print("reinit", r, r.maxlen)

# queue and stack use
q = deque()
out = []
for i in range(10):
    q.append(i)
    if i % 3 == 2:
        out.append(q.popleft())
print("queue", out, q)
s = deque()
for ch in "abc":
    s.append(ch)
print("stack", s.pop(), s.pop(), s)

# membership and iteration
m = deque([1, "two", (3,), None])
print("contains", 1 in m, "two" in m, (3,) in m, None in m, 4 in m)
print("iter", [x for x in m], list(reversed(m)))
print("bool mixed", bool(deque([0])), bool(deque([])))
