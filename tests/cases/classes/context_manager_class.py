class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start " + self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + "stop " + self.label + (" with " + exc_type.__name__ if exc_type else ""))
        Timer.depth -= 1
        return exc_type is KeyError

with Timer("outer") as t:
    print("label is", t.label)
    with Timer("inner"):
        pass
    with Timer("swallow"):
        {}["missing"]
    print("continued after swallowed KeyError")
try:
    with Timer("propagate"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", repr(ev))
        return True

data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
print(data)
with Transaction(data) as d:
    d["c"] = 3
    raise RuntimeError("fail midway")
print(data)

class Reusable:
    def __init__(self):
        self.entries = 0
    def __enter__(self):
        self.entries += 1
        return self.entries
    def __exit__(self, *a):
        return None
r = Reusable()
with r as n1:
    pass
with r as n2:
    pass
print(n1, n2)
