# weakref.finalize: calling, detaching, peeking, and running when the object dies.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def release(name, *rest, **options):
    print("release", name, rest, sorted(options.items()))
    return "released " + name

r = Resource("r1")
f = weakref.finalize(r, release, "r1", 1, 2, mode="w")
print("alive", f.alive, "atexit", f.atexit)
obj, func, args, kwargs = f.peek()
print("peek", obj is r, func is release, args, kwargs)
del obj
print("repr alive", repr(f).startswith("<finalize object at 0x"), "for 'Resource' at" in repr(f))
print("call", f())
print("after call", f.alive, f(), f.peek(), f.detach(), f.atexit)
print("repr dead", repr(f).endswith("; dead>"))
print("object still alive", r.name)

g = weakref.finalize(r, release, "r1-second")
detached = g.detach()
print("detach", detached[0] is r, detached[1] is release, detached[2], detached[3])
print("after detach", g.alive, g.detach(), g.peek(), g())
del detached

h = weakref.finalize(r, release, "by death", k=1)
h.atexit = False
print("atexit set", h.atexit)
print("deleting object")
del r
print("after death", h.alive, h(), h.atexit)

# Several finalizers on one object run newest first.
x = Resource("x")
for i in range(3):
    weakref.finalize(x, print, "finalizer", i)
del x
print("all ran")

# Keyword arguments named like the parameters are allowed.
def show(**kw):
    print("kwargs", sorted(kw))
y = Resource("y")
weakref.finalize(y, show, obj=1, func=2)
del y

# A bound method of another object is a fine func; it keeps that object alive.
class Log:
    def __init__(self):
        self.lines = []
    def write(self, line):
        self.lines.append(line)
log = Log()
z = Resource("z")
weakref.finalize(z, log.write, "z finalized")
del z
print("log", log.lines)

for bad in (1, "s", None, (1, 2)):
    try:
        weakref.finalize(bad, print)
    except TypeError as e:
        print("not weakrefable", type(e).__name__, e)
try:
    weakref.ref(weakref.finalize(log, print, "at exit: finalizer made in the ref test"))
except TypeError as e:
    print("finalizer itself", type(e).__name__, e)
try:
    weakref.finalize(log)
except TypeError as e:
    print("missing func", type(e).__name__)
f2 = weakref.finalize(log, print, "log finalizer")
f2.atexit = False
print("end")
