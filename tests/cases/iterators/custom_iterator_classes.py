class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        return Range2DIter(self)
    def __len__(self):
        return self.w * self.h
    def __contains__(self, p):
        x, y = p
        return 0 <= x < self.w and 0 <= y < self.h
class Range2DIter:
    def __init__(self, r):
        self.r, self.i = r, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.r):
            raise StopIteration
        x, y = self.i % self.r.w, self.i // self.r.w
        self.i += 1
        return x, y
    def __length_hint__(self):
        return len(self.r) - self.i
r = Range2D(3, 2)
print(list(r), len(r), (2, 1) in r, (3, 0) in r)
it = iter(r)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(dict.fromkeys(Range2D(2, 1), 0), sorted(Range2D(2, 2), reverse=True), max(Range2D(2, 2)))
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
p = Peekable("abc")
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))
