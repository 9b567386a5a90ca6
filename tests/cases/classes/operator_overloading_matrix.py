class Mat:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return f"Mat({self.rows})"
    def __eq__(self, o):
        return isinstance(o, Mat) and self.rows == o.rows
    def __add__(self, o):
        return Mat([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Mat([[a * k for a in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Mat([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            result = result @ self
        return result
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __neg__(self):
        return -1 * self
    def __iter__(self):
        return (v for r in self.rows for v in r)
    __hash__ = None

a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a + b, a * 2, 3 * a, a @ b, b @ a, a ** 3, -a)
print(a == Mat([[1, 2], [3, 4]]), a != b, a[1, 0], sum(a), max(a))
a[0, 0] = 10
print(a)
try:
    a * "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    {a}
except TypeError as e:
    print(type(e).__name__, e)
fib = Mat([[1, 1], [1, 0]]) ** 40
print(fib[0, 1])
