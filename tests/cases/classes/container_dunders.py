class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(len(g), bool(g), "#" in g)
g[0, 0] = "#"
g[2, 1] = "@"
print(bool(g), "#" in g, g[0, 0], g[1, 1], list(g))
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)

class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq([1, 2, 3, 4])
print(s[1], s[-1], s[1:3], s[::-1], list(s), 3 in s, list(reversed(s)), sorted(s, reverse=True))
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class NoGet:
    pass
try:
    NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoGet()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoGet()
except TypeError as e:
    print(type(e).__name__, e)
