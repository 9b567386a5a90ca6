# Everyday patterns: an interning cache on WeakValueDictionary, observers held through
# WeakMethod in a list and through a WeakSet, per-object data in a WeakKeyDictionary.
import weakref

class Color:
    _cache = weakref.WeakValueDictionary()
    created = 0
    def __new__(cls, name):
        obj = cls._cache.get(name)
        if obj is None:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            Color.created += 1
        return obj

red = Color("red")
print("interned", Color("red") is red, Color.created, sorted(Color._cache))
blue = Color("blue")
Color("green")                       # nobody keeps it: gone at once
print("cache", sorted(Color._cache), Color.created)
del red
print("after del red", sorted(Color._cache), Color("red") is not None, Color.created)

class Signal:
    def __init__(self):
        self._slots = []
        self._watchers = weakref.WeakSet()
    def connect(self, method):
        self._slots.append(weakref.WeakMethod(method, self._slots.remove))
    def watch(self, obj):
        self._watchers.add(obj)
    def emit(self, value):
        results = [ref()(value) for ref in self._slots]
        for w in sorted(self._watchers, key=lambda w: w.name):
            results.append(w.name + " saw " + str(value))
        return results

class Listener:
    def __init__(self, name):
        self.name = name
    def on_value(self, value):
        return f"{self.name} got {value}"

sig = Signal()
l1, l2 = Listener("l1"), Listener("l2")
sig.connect(l1.on_value)
sig.connect(l2.on_value)
sig.watch(l1)
sig.watch(Listener("temp"))
print("emit 1", sig.emit(1))
del l1
print("emit 2", sig.emit(2), len(sig._slots))
del l2
print("emit 3", sig.emit(3), len(sig._slots))

extra = weakref.WeakKeyDictionary()
class Widget:
    def __init__(self, name):
        self.name = name
widgets = [Widget(n) for n in "abc"]
for i, wdg in enumerate(widgets):
    extra[wdg] = {"index": i}
del wdg
extra[widgets[1]]["index"] = 10
print("extra", [(w.name, d["index"]) for w, d in extra.items()])
widgets.pop(0)
print("after pop", [w.name for w in extra], len(extra))
widgets.clear()
print("after clear", len(extra), list(extra.items()))
