# WeakValueDictionary used as a cache: entries disappear when the last strong reference to
# the value goes; get/setdefault/pop/in; values in cycles vanish only after gc.collect().
import gc
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return "Image(%s)" % self.name

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img

x = load("x")
x2 = load("x")
print("same object", x is x2, "loads", Image.loads)
y = load("y")
print("keys", sorted(cache.keys()), "len", len(cache))
del x
print("x still held by x2", "x" in cache)
del x2
print("x gone", "x" in cache, sorted(cache))
x3 = load("x")
print("reloaded, loads", Image.loads)

z = cache.setdefault("z", Image("z"))
print("setdefault with temp value, present", "z" in cache, z.name)
del z
print("after del z", "z" in cache)
print("setdefault existing", cache.setdefault("y", Image("other")) is y)
print("pop", cache.pop("y").name, "y" in cache)
print("pop default", cache.pop("missing", "dflt"))
try:
    cache.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    cache["nope"]
except KeyError as e:
    print("KeyError", e)

gc.disable()
c1 = Image("cyclic")
c1.me = c1
cache["cyclic"] = c1
del c1
print("cyclic before gc", "cyclic" in cache)
gc.collect()
print("cyclic after gc", "cyclic" in cache)
gc.enable()
print("items", sorted((k, v.name) for k, v in cache.items()))
print("valuerefs", len(cache.valuerefs()))
try:
    cache["int"] = 5
except TypeError as e:
    print("TypeError", e)
