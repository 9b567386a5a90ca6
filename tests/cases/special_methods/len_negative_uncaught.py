# A buggy __len__ that can go negative; truth testing the object raises ValueError.

class Window:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return self.stop - self.start
    def shrink(self, k):
        self.stop -= k
        return self

w = Window(0, 5)
print("len:", len(w), "truthy:", bool(w))
w.shrink(5)
print("len:", len(w), "truthy:", bool(w))
try:
    len(Window(3, 1))
except ValueError as e:
    print(type(e).__name__, e)
class Counted:
    def __init__(self):
        self.calls = 0
    def __len__(self):
        self.calls += 1
        return 0
c = Counted()
print("falsy:", not c, "if:", "yes" if c else "no", "and returns c:", (c and "x") is c, "calls:", c.calls)
print("filter:", len(list(filter(None, [Window(0, 1), Window(1, 1), Window(0, 2)]))))
count = 0
w = Window(0, 3)
while w:
    count += 1
    w.shrink(2)
print("loop ran", count, "times")
