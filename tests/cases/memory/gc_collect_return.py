# gc.collect(generation) returns the number of unreachable objects found: > 0 when there are
# unreachable cycles, 0 right after a full collection when nothing new was made. Bad
# generations raise ValueError.
import gc

gc.disable()
gc.collect()
print("nothing to do", gc.collect())

class C:
    pass

def make_cycle():
    c = C()
    c.c = c

for gen in (0, 1, 2):
    make_cycle()
    print("gen", gen, "found cycle", gc.collect(gen) > 0)

print("empty again", gc.collect())

make_cycle()
print("keyword generation", gc.collect(generation=2) > 0)
print("default is full", gc.collect())

# A live cycle is not counted.
live = C()
live.me = live
print("live cycle not counted", gc.collect())

x = []
x.append(x)
del x
print("list cycle", gc.collect() > 0)

for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, "ValueError", e)

for bad in ("2", 1.0, None):
    try:
        gc.collect(bad)
    except TypeError as e:
        print(repr(bad), "TypeError", e)

print("type of result", type(gc.collect()).__name__)
gc.enable()
