class Obj:
    def __init__(self):
        self.a = 1
o = Obj()
o.__dict__["b"] = 2
print(o.b, o.__dict__, vars(o) is o.__dict__)
o.__dict__.update(c=3, d=4)
print(sorted(vars(o)))
del o.__dict__["a"]
print(hasattr(o, "a"))
o.__dict__ = {"replaced": True}
print(o.replaced, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(Obj.__dict__["__init__"].__name__, type(Obj.__dict__).__name__)
try:
    Obj.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
setattr(Obj, "new", "via setattr")
print(Obj.new, o.new)
print(dir(o)[-3:] if False else [n for n in dir(o) if not n.startswith("__")])
o2 = Obj()
o2.x = 1
o2.y = 2
print(list(vars(o2)), list(o2.__dict__.items()))
class ClassAttrs:
    a = 1
    b = 2
print([k for k in ClassAttrs.__dict__ if not k.startswith("__")], "__dict__" in dir(ClassAttrs()))
print(object().__class__.__name__, hasattr(object(), "__dict__"))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
