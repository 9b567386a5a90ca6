# gc.get_threshold()/gc.set_threshold(): defaults, setting one, two or three values, and
# argument errors.
import gc

orig = gc.get_threshold()
print("default", orig)
print("type", type(orig).__name__, len(orig))

gc.set_threshold(500)
print("one arg", gc.get_threshold())
gc.set_threshold(100, 5)
print("two args", gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print("three args", gc.get_threshold())
gc.set_threshold(0)
print("zero disables automatic collection", gc.get_threshold())
print("isenabled is independent", gc.isenabled())

for args in [(), (1, 2, 3, 4), ("x",), (1.5,)]:
    try:
        gc.set_threshold(*args)
        print(args, "ok", gc.get_threshold())
    except TypeError as e:
        print(args, "TypeError", e)

try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print("keyword TypeError", e)

print("set returns", gc.set_threshold(*orig))
print("restored", gc.get_threshold() == orig)
