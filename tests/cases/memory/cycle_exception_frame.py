# Keeping a caught exception in a local variable of the frame that raised it makes a cycle
# (exception -> traceback -> frame -> local -> exception); gc.collect() frees it.
import gc
import weakref

gc.disable()

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def keeps_exception():
    res = Resource("in-frame")
    try:
        raise ValueError("boom")
    except ValueError as e:
        saved = e
    return weakref.ref(res)

r = keeps_exception()
print("returned; frame local alive", r() is not None)
gc.collect()
print("after collect; frame local alive", r() is not None)

def drops_exception():
    res = Resource("no-cycle")
    try:
        raise ValueError("boom")
    except ValueError as e:
        msg = str(e)
    return msg

print("drops:", drops_exception())

# An exception that refers to itself through its args.
class Loop(Exception):
    pass
def self_args():
    e = Loop()
    res = Resource("in-args")
    e.args = (e, res)
    return weakref.ref(res)
r2 = self_args()
print("self args alive", r2() is not None)
gc.collect()
print("self args alive after", r2() is not None)

# Breaking the cycle by hand: clearing __traceback__ before returning.
def clears():
    res = Resource("cleared")
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    saved.__traceback__ = None
    return "ok"
print("clears:", clears())
gc.enable()
