# Set and MutableSet mixin methods over a list-backed implementation.
from collections.abc import Set, MutableSet


class ListSet(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f"ListSet({self.items})"


a = ListSet([1, 2, 3, 4])
b = ListSet([3, 4, 5])
print("and", a & b, a & [4, 9], [4, 1] & a)
print("or", a | b, a | [9], [9] | a)
print("sub", a - b, a - [1], [1, 7] - a)
print("xor", a ^ b, a ^ [1, 10], [1, 10] ^ a)
print("compare", a <= b, ListSet([3]) <= b, ListSet([3]) < b, b < b, b <= b)
print("compare2", a >= ListSet([1]), a > a, a == ListSet([4, 3, 2, 1]), a != b)
print("with set", a == {1, 2, 3, 4}, {1, 2} < a, a > {1}, a == [1, 2, 3, 4])
print("isdisjoint", a.isdisjoint([7, 8]), a.isdisjoint(b))
try:
    a & 5
except TypeError as e:
    print("and int", e)
try:
    a < [1]
except TypeError as e:
    print("lt list", e)
print("remove", a.remove(1), a)
try:
    a.remove(100)
except KeyError as e:
    print("remove missing", repr(e))
print("pop", a.pop(), a)
a |= [7, 8]
print("ior", a)
a &= [3, 4, 7]
print("iand", a)
a ^= [4, 99]
print("ixor", a)
a -= [99]
print("isub", a)
a ^= a
print("ixor self", a)
c = ListSet("xy")
c -= c
print("isub self", c)
try:
    ListSet().pop()
except KeyError as e:
    print("pop empty", repr(e))
d = ListSet(range(5))
d.clear()
print("clear", d)


class FrozenListSet(Set):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    __hash__ = Set._hash


f1 = FrozenListSet([1, 2, 3])
f2 = FrozenListSet([3, 2, 1])
print("hash equal", hash(f1) == hash(f2), hash(FrozenListSet()) == hash(FrozenListSet([])))
print("hash value", hash(f1), hash(FrozenListSet([(1, 2), -5, 2 ** 70])))
print("frozen ops", type(f1 | [4]).__name__, sorted(f1 | [4]), sorted(f1 - [1]))
print("frozenset registered", isinstance(frozenset(), Set), isinstance(set(), MutableSet))
print("set not MutableSet parent", issubclass(frozenset, MutableSet))
