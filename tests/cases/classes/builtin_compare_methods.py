print(list.__lt__([1], [2]), list.__eq__([1], [1]), tuple.__lt__((1,), (2,)), list.__ge__([1], (1,)))
print(dict.__eq__({'a': 1}, {'a': 1}), dict.__ne__({}, {'a': 1}), dict.__eq__({}, []))
try: list.__lt__((1,), [2])
except TypeError as e: print(e)
class L(list):
    def __eq__(self, o): return NotImplemented
print(L([1]) == [1], [1] == L([1]), L([1]) != [1])
class T(tuple):
    def __lt__(self, o): return super().__lt__(o)
print(T((1,)) < (2,), sorted([T((2,)), T((1,))]))
print([1, 2] < [1, 3], (1, 2) <= (1, 2), [] == [], [1] != [1.0])
try: [1] < (1,)
except TypeError as e: print(e)
