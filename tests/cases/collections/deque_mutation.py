from collections import deque

def during(label, mutate, items=(1, 2, 3, 4)):
    d = deque(items)
    it = iter(d)
    first = next(it)
    mutate(d)
    try:
        rest = list(it)
    except RuntimeError as e:
        print(label, first, "RuntimeError", e)
    else:
        print(label, first, "ok", rest)

during("append", lambda d: d.append(9))
during("appendleft", lambda d: d.appendleft(9))
during("pop", lambda d: d.pop())
during("popleft", lambda d: d.popleft())
during("extend", lambda d: d.extend([1]))
during("extend empty", lambda d: d.extend([]))
during("extendleft empty", lambda d: d.extendleft(()))
during("rotate", lambda d: d.rotate(1))
during("rotate zero", lambda d: d.rotate(0))
during("reverse", lambda d: d.reverse())
during("setitem", lambda d: d.__setitem__(2, "s"))
during("delitem", lambda d: d.__delitem__(0))
during("insert", lambda d: d.insert(1, 0))
during("remove", lambda d: d.remove(3))
during("clear", lambda d: d.clear())
during("imul 1", lambda d: d.__imul__(1))
during("imul 2", lambda d: d.__imul__(2))
during("count", lambda d: d.count(1))
during("index", lambda d: d.index(2))
during("copy", lambda d: d.copy())

# for-loop form
d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print("for loop", type(e).__name__, e)
print("after", d)

# an exhausted iterator still notices a later mutation
d = deque([1])
it = iter(d)
print("exhaust", list(it))
d.append(2)
try:
    next(it)
except RuntimeError as e:
    print("exhausted then mutated", e)
except StopIteration:
    print("exhausted then mutated StopIteration")

# an iterator over an empty deque
e = deque()
it = iter(e)
e.clear()
print("empty clear", list(it))

# reversed iterators too
d = deque("abc")
rit = reversed(d)
print("rev first", next(rit))
d.appendleft("z")
try:
    next(rit)
except RuntimeError as e:
    print("reversed", e)

# length hints
d = deque(range(5))
it = iter(d)
next(it)
print("length hint", it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__)

# safe pattern: iterate over a snapshot while mutating
d = deque(range(6))
for x in list(d):
    if x % 2:
        d.remove(x)
print("snapshot removal", d)

# mutating while comparing inside count/index
class Evil:
    def __init__(self, dq):
        self.dq = dq
    def __eq__(self, other):
        self.dq.append(0)
        return False

d = deque([1, 2, 3])
try:
    d.count(Evil(d))
except RuntimeError as e:
    print("count mutated", e)
d = deque([1, 2, 3])
try:
    d.index(Evil(d))
except RuntimeError as e:
    print("index mutated", e)
