# weakref.proxy callbacks: they receive the (now dead) proxy, run newest first together with
# the callbacks of plain references, and never run for a proxy that died first.
import weakref
import gc

class Target:
    pass

def on_proxy(label):
    def callback(proxy):
        try:
            proxy.anything
        except ReferenceError as e:
            state = "dead: " + str(e)
        print(label, type(proxy).__name__, state)
    return callback

t = Target()
r_first = weakref.ref(t, lambda r: print("ref first", r() is None))
p_one = weakref.proxy(t, on_proxy("proxy one"))
plain = weakref.proxy(t)
p_two = weakref.proxy(t, on_proxy("proxy two"))
r_last = weakref.ref(t, lambda r: print("ref last"))
print("count", weakref.getweakrefcount(t))
print("callback proxies are distinct", p_one is not p_two, p_one is not plain)
print("deleting target")
del t
print("after", weakref.getweakrefcount(Target()), r_first(), r_last())

# The callback gets exactly the proxy object that was returned.
got = []
u = Target()
pu = weakref.proxy(u, got.append)
del u
print("same object", len(got), got[0] is pu)

# A proxy that dies before its referent takes its callback with it.
v = Target()
pv = weakref.proxy(v, lambda p: print("never printed"))
del pv
del v
print("no callback after proxy died")

# Callable referents give callable proxies; their callbacks work the same way.
def func():
    return "called"
pf = weakref.proxy(func, lambda p: print("function proxy callback", type(p).__name__, callable(p)))
print("call", pf())
del func
try:
    pf()
except ReferenceError as e:
    print("call dead", e)

# Referents in a cycle: the callback runs when the collector frees them.
c = Target()
c.me = c
pc = weakref.proxy(c, lambda p: print("cycle proxy callback"))
del c
print("before collect", pc.me is not None)
gc.collect()
print("after collect")
