def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("  caught inside:", e)
                yield "recovered"
    finally:
        print("  cleanup")

w = worker()
print(next(w))
print(w.throw(ValueError("bad value")))
print(next(w))
w.close()
print("closed; next gives", next(w, "nothing"))

def not_caught():
    yield 1
    yield 2

g = not_caught()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print("after throw", list(g))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

h = ignores_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise

k = returns_on_close()
next(k)
k.close()
print("close unstarted", not_caught().close())

def throw_type():
    try:
        yield
    except TypeError as e:
        yield "got " + repr(e)

t = throw_type()
next(t)
print(t.throw(TypeError))
u = throw_type()
try:
    u.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw", e)
