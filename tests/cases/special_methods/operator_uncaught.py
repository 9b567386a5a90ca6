# A matrix type that supports @ with itself only; multiplying by a list escapes as TypeError.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print("a @ i:", a @ i, (a @ i) == a)
print("2 * a:", 2 * a, "a * 0.5:", a * 0.5)
try:
    a * "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [[1]] @ a
except TypeError as e:
    print(type(e).__name__, e)
m = a
m @= i
print("in-place fallback:", m, m is a)
print("about to fail")
result = a @ [[1, 0], [0, 1]]
print("unreachable", result)
