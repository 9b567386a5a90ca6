class O:
    cls_attr = "c"
    def method(self):
        return "m"
o = O()
print(getattr(o, "cls_attr"), getattr(o, "method")(), getattr(o, "nope", "default"), getattr(O, "cls_attr"))
setattr(o, "dyn", 42)
print(o.dyn, hasattr(o, "dyn"), hasattr(o, "nope"), hasattr(O, "method"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
setattr(o, "with space", 1)
print(getattr(o, "with space"), vars(o))
setattr(O, "added", "class level")
print(o.added)
def err(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)
err("missing", lambda: getattr(o, "missing"))
err("nonstr", lambda: getattr(o, 5))
err("setattr nonstr", lambda: setattr(o, 5, 1))
err("hasattr nonstr", lambda: hasattr(o, None))
err("delattr missing", lambda: delattr(o, "zzz"))
err("int attr", lambda: setattr(5, "real", 1))
err("builtin attr", lambda: setattr(len, "x", 1))
err("str method", lambda: getattr("abc", "upper")())
err("none default", lambda: getattr(None, "x", None))
err("type attr", lambda: getattr(int, "from_bytes")(b"\x01", "big"))
print(getattr([1, 2], "__len__")(), getattr(3, "real"), getattr(1j, "imag"))
print(hasattr(5, "__add__"), hasattr("s", "join"), hasattr(None, "__bool__"), hasattr(len, "__call__"))
