class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("  radd with", o)
        return self + o
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return "lshift %d" % n
    def __rshift__(self, n):
        return "rshift %d" % n
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, sum([a, b], V(0, 0)))
print(a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5))
print(-a, abs(b), a @ b, a & b, a | b, a ^ b, a << 2, a >> 1, ~a, +a)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @ 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    5 @ a
except TypeError as e:
    print(type(e).__name__, e)
