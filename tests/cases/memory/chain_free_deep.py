# Long chains are freed without overflowing the stack, whatever links them: slotted
# instances, plain instances, nested lists, dicts and tuples, and a chain whose nodes
# have __del__ (each finalizer runs once, in order).
import gc

N = 200_000


class Slotted:
    __slots__ = ("next",)

    def __init__(self, nxt):
        self.next = nxt


class Plain:
    def __init__(self, nxt):
        self.next = nxt


for make in (Slotted, Plain, lambda x: [x], lambda x: {"k": x}, lambda x: (x,)):
    head = None
    for _ in range(N):
        head = make(head)
    del head
    print("freed", getattr(make, "__name__", "?"))

count = 0


class Noisy:
    __slots__ = ("next", "i")

    def __init__(self, nxt, i):
        self.next = nxt
        self.i = i

    def __del__(self):
        global count
        if count < 3 or self.i < 2:
            print("del", self.i)
        count += 1


head = None
for i in range(50_000):
    head = Noisy(head, i)
del head
print("finalizers run:", count)
print("collected later:", gc.collect() >= 0)
