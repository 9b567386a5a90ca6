evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, evens | threes)
print(evens - threes, threes - evens, evens ^ threes)
print(len(evens | threes), (evens | threes) >= evens, evens.issubset(evens | threes))
a = {1, 2}
b = a
a |= {3}
print(a, b, a is b)
a = a | {4}
print(a, b, a is b)
fs = frozenset({1, 2})
fs2 = fs
fs |= {3}
print(fs, fs2, fs is fs2)
print({x % 5 for x in range(100)}, set(map(abs, [-3, 3, -2])), set(filter(None, [0, 1, 2, 0])))
s = {10, 20, 30}
popped = []
while s:
    popped.append(s.pop())
print(popped)
print(sorted({3, 1, 2} - {2}), min({4, 2, 9}), max(frozenset({4, 2, 9})), sum({1, 2, 3}))
print({1, 2} == {1, 2, 2}, {1, 2} < {1, 2, 3}, {1, 2} > {1}, {1} <= {1}, not ({1} < {1}))
print(set([1, 2]).union(), set([1, 2]).intersection(), set().union([1], (2,), range(3, 5)))
print({frozenset({1}), frozenset({1})}, {(1, frozenset({2}))})
