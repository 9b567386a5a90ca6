# Pending finalizers still run at exit after an uncaught exception; one raising at exit is
# reported and the others still run.
import weakref

class Conn:
    def __init__(self, name):
        self.name = name

def close(name):
    print("closing", name)

def broken(name):
    print("broken finalizer for", name)
    raise RuntimeError("finalizer failed for " + name)

conns = [Conn("a"), Conn("b"), Conn("c")]
weakref.finalize(conns[0], close, "a")
weakref.finalize(conns[1], broken, "b")
weakref.finalize(conns[2], close, "c")

# Called directly, a finalizer's exception propagates to the caller.
extra = Conn("extra")
f = weakref.finalize(extra, broken, "extra")
try:
    f()
except RuntimeError as e:
    print("direct call raised:", e)
print("finalizer dead after raising:", not f.alive)

print("about to fail")
raise ValueError("main program failed")
