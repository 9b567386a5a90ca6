# Messages naming the types that CPython implements in C (deque, defaultdict, OrderedDict)
# use their full names, module included.
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

print("names", deque.__name__, deque.__module__, deque.__qualname__)
print("names", defaultdict.__name__, defaultdict.__module__, OrderedDict.__module__)
print("names", Counter.__module__, namedtuple("P", "x").__module__)
print("classes", deque, defaultdict, OrderedDict, Counter)
err("hash deque", lambda: hash(deque()))
err("hash defaultdict", lambda: hash(defaultdict()))
err("hash OrderedDict", lambda: hash(OrderedDict()))
err("hash Counter", lambda: hash(Counter()))
err("deque lt list", lambda: deque() < [])
err("deque ge int", lambda: deque([1]) >= 3)
err("defaultdict or int", lambda: defaultdict(int) | 1)
err("OrderedDict or int", lambda: OrderedDict() | 1)
err("Counter add int", lambda: Counter() + 1)
err("maxlen readonly", lambda: setattr(deque(), "maxlen", 1))
err("deque no attr", lambda: deque().nope)
err("set in set", lambda: {deque()})
err("iterator type", lambda: type(iter(deque())))
err("deque mul str", lambda: deque([1]) * "a")
