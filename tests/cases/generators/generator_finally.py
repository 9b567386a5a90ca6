def resource():
    print("  open")
    try:
        yield "r1"
        yield "r2"
    finally:
        print("  release")

for v in resource():
    print("use", v)

print("break early:")
for v in resource():
    print("use", v)
    break
print("after break")

print("partially consumed then deleted:")
g = resource()
next(g)
del g
print("after del")

def with_in_gen():
    class CM:
        def __enter__(self):
            print("  enter")
            return self
        def __exit__(self, *exc):
            print("  exit", exc[0].__name__ if exc[0] else None)
            return False
    with CM():
        yield 1
        yield 2

print(list(with_in_gen()))
g = with_in_gen()
next(g)
g.close()

def return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"

g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)
