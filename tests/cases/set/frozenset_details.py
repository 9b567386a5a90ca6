fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, sorted(fs), type(fs).__name__)
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 5}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(fs == {1, 2, 3}, fs.issubset(range(5)), fs.isdisjoint([7]), fs.copy() is fs)
d = {fs: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = frozenset([frozenset([1]), frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print(frozenset("hello") == frozenset("olleh"), frozenset(range(3)) < frozenset(range(4)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
s = {1, 2}
fs2 = frozenset(s)
s.add(3)
print(fs2, s)
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(fs, name))
print(repr(frozenset({(1, 2), (0, 0)})), frozenset([-1, -2, 0]))
