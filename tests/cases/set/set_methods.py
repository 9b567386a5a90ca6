a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3)))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({10}))
c = set(a)
c.add(10); c.discard(1); c.discard(999)
print(c)
print(c.pop() in a | {10}, len(c))
c.update([20, 21], {22})
c.intersection_update(range(25))
print(sorted(c))
c.difference_update({20})
c.symmetric_difference_update({21, 30})
print(sorted(c))
d = a.copy()
d.clear()
print(d, set(), set("aab") == {"a", "b"}, len(set("hello")))
def err(label, fn):
    try:
        fn()
    except (KeyError, TypeError) as e:
        print(label, type(e).__name__, e)
err("remove missing", lambda: {1}.remove(5))
err("pop empty", lambda: set().pop())
err("unhashable", lambda: {[1]})
err("or list", lambda: {1} | [2])
err("add list", lambda: set().add([]))
one = {1}
err("index", lambda: one[0])
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1}, 1 in {1.0}, [] == set() or "list != set")
fs = frozenset([3, 1])
print(fs | {5}, type(fs | {5}).__name__, type({5} | fs).__name__, hash(fs) == hash(frozenset([1, 3])))
try:
    fs.add(2)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(), repr(set()), repr(frozenset()), {frozenset({1}): "fs key"})
print(a.__contains__(1), a.__len__(), set.union({1}, {2}))
