log = []

def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def f(*args, **kwargs):
    return args, kwargs

f(v("a"), v("b"), k=v("c"), *[v("d")], **{"x": v("e")})
print("order 1", log)
log.clear()

f(v("p1"), *v("star", [1]), v("p2"), kw=v("kw"), **v("dstar", {"m": 1}))
print("order 2", log)
log.clear()

v("callee", f)(v("arg1"), v("arg2"))
print("callee first", log)
log.clear()

d = {v("k1"): v("v1"), v("k2"): v("v2")}
print("dict display", log)
log.clear()

x = [v("l0"), v("l1")][v("idx", 1)]
print("subscript", log, x)
log.clear()

v("lhs", 1) + v("rhs", 2)
print("binop", log)
log.clear()

obj = type("O", (), {})()
setattr(v("target", obj), "attr", v("value"))
print("setattr", log)
log.clear()

def g(a=v("default_a"), b=v("default_b")):
    pass
print("defaults", log)
log.clear()

lst = [0, 0, 0]
lst[v("i", 0)] = v("rhs value", 5)
print("assign", log, lst)
