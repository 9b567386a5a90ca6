def gen():
    yield 1
    yield 2

g = gen()
print("created frame", g.gi_frame is not None, g.gi_running)
next(g)
print("suspended", g.gi_frame is not None, g.gi_running)
print("suspended line", g.gi_frame.f_lineno)
list(g)
print("gi_frame after", g.gi_frame)

def self_ref():
    yield me.gi_running

me = self_ref()
print("running inside", next(me))

def reentrant():
    yield next(r)

r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)

c = gen()
c.close()
print("closed frame", c.gi_frame)
print("code name", gen().gi_code.co_name)
print("yieldfrom", gen().gi_yieldfrom)

def delegating():
    yield from gen()
d = delegating()
next(d)
print("gi_yieldfrom type", type(d.gi_yieldfrom).__name__)
