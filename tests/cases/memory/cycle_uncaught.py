# Cycles collected before the program dies of an uncaught exception raised from inside
# code that runs during collection (a finalizer error is only reported, not raised).
import gc

gc.disable()

class Bad:
    def __del__(self):
        print("bad finalizer running")
        raise RuntimeError("from __del__")

b = Bad()
b.me = b
del b
print("collect returned", gc.collect() > 0)
print("still running")

class Node:
    pass
n = Node()
n.me = n
del n
gc.collect()
print("about to fail")
gc.enable()
raise MemoryError("pretend we are out of memory")
