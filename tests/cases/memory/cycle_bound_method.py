# Storing a bound method on its own instance creates a cycle (instance -> method -> instance);
# gc.collect() breaks it and runs __del__.
import gc
import weakref

gc.disable()

class Button:
    def __init__(self, name):
        self.name = name
        self.handler = self.on_click
    def on_click(self):
        return "clicked " + self.name
    def __del__(self):
        print("del", self.name)

b = Button("ok")
print(b.handler())
print("handler self", b.handler.__self__ is b)
del b
print("after del")
gc.collect()
print("after collect")

# The bound method outlives the instance name but keeps it alive.
c = Button("cancel")
m = c.on_click
c.handler = None
del c
print("method still works:", m())
del m
print("after del m")

# Cycle through a list of callbacks.
class Registry:
    def __init__(self):
        self.callbacks = []
    def register(self, fn):
        self.callbacks.append(fn)
class Widget:
    def __init__(self, reg, name):
        self.name = name
        self.reg = reg
        reg.register(self.fire)
    def fire(self):
        return self.name
    def __del__(self):
        print("widget del", self.name)

reg = Registry()
w1 = Widget(reg, "w1")
w2 = Widget(reg, "w2")
print([cb() for cb in reg.callbacks])
wr = weakref.ref(w1)
del w1, w2
print("after del widgets, alive", wr() is not None)
reg.callbacks.clear()
print("after clear")
del reg
gc.collect()
print("done", wr())
gc.enable()
