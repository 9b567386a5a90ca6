point = (3, 4)
x, y = point
print(x, y)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
first, *middle, last = (10, 20, 30, 40)
print(first, middle, last, type(middle).__name__)
head, *tail = "x",
print(head, tail)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1])
print(lo, hi)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
swap = (1, 2)
swap = swap[::-1]
print(swap)
records = [("x", 1, True), ("y", 2, False)]
print([name for name, _, flag in records if flag])
pairs = list(zip(*records))
print(pairs)
t = 1, 2, 3
print(t, (t,), t + (t,), len((t, t)))
nested = ((1, (2, (3, (4,)))),)
((one, (two, (three, (four,)))),) = nested
print(one, two, three, four)
print(tuple(i for i in range(3)) == (0, 1, 2), () == tuple(), (1,) == tuple([1]))
print((1, 2) * 0, (1, 2) * -1, ((),) * 3)
