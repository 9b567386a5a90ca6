# WeakValueDictionary: values dying while an iteration runs do not break it; their entries
# go when the last iteration ends (or when an abandoned iterator is dropped).
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

objs = [Obj(i) for i in range(8)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))

seen = []
for key in d.keys():
    seen.append(key)
    if key == 0:
        objs[3] = objs[4] = None      # two values die in the middle of the loop
        print("stored entries during loop", len(d.data))
print("seen", seen)
print("after loop", len(d), len(d.data), sorted(d))

for key, value in d.items():
    if key == 1:
        objs[5] = None
del key, value
print("items loop", sorted(d))

total = 0
for value in d.values():
    total += value.n
    objs[6] = None
del value  # the loop variable still held the last value
print("values loop total", total, "now", sorted(d))

# A started but abandoned iterator keeps removals pending until it is dropped.
it = iter(d)
print("first key", next(it))
objs[7] = None
print("pending while iterator lives", len(d.data))
del it
print("after dropping iterator", len(d.data), sorted(d))

# An iterator that was never started does not defer anything.
it = iter(d)
objs[2] = None
print("unstarted iterator", len(d.data), list(it))

# Nested iterations: removals wait for the outer one to end.
inner_count = 0
for a in d.keys():
    for b in d.keys():
        inner_count += 1
        objs[1] = None
    print("inner loop over, stored entries", len(d.data))
    break
print("nested", inner_count, "->", len(d.data), sorted(d))
del a, b

# An exception leaving the loop ends the iteration too.
try:
    for key in d:
        objs[0] = None
        raise ValueError("stop")
except ValueError as e:
    print("exception", e)
print("after exception", len(d), len(d.data))

# The generators are real generators.
g = d.keys()
print("generator", type(g).__name__, list(g))
