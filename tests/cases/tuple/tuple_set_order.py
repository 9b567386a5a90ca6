pairs = {(1, 2), (2, 1), (0, 0), (3, 4), (-1, -1), (10, 20)}
print(pairs)
print(set([(i, i * i) for i in range(8)]))
print({(1, "a"), (1, "a")} == {(1, "a")}, len({(1,), (1,), (2,)}))
print({(): 1, (1,): 2, (1, 2): 3})
print(frozenset({(0, 1), (1, 0), (2, 2)}))
print(sorted({(2, "b"), (1, "c"), (1, "a")}))
print([hash(t) for t in [(), (0,), (1,), (0, 0), (1, 2), (-1,), (1.5,), ((),), (None,) if False else (True,)]])
