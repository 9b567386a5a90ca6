n = None
print(n, repr(n), str(n), bool(n), type(n).__name__, n is None, n == None, n != 0)
print(None.__class__, type(None)() is None, isinstance(None, type(None)), None.__bool__())
print([None] * 3, (None,), {None: None}, {None}, [x for x in [None, 0, None] if x is not None])
def returns_nothing():
    pass
print(returns_nothing() is None, print("printed") is None, [].append(1) is None, {}.clear() is None)
def err(label, fn):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
err("add", lambda: None + 1)
err("radd", lambda: 1 + None)
err("lt", lambda: None < None)
err("gt", lambda: None > 1)
err("call", lambda: n())
err("attr", lambda: n.attribute)
err("subscript", lambda: n[0])
err("iter", lambda: list(n))
err("len", lambda: len(n))
err("setattr", lambda: setattr(n, "x", 1))
err("NoneType new", lambda: type(None)(1))
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)), max([None, 2], key=lambda v: v or 0))
print(f"{None}", "%s %r" % (None, None), format(None), str(None).upper(), None.__eq__(None), None.__ne__(0))
print(hash(None) == hash(None), None in [0, False, ""], None in [None], [None].index(None), (None, None).count(None))
d = {}
print(d.get("missing"), d.setdefault("k"), d, getattr(n, "x", None))
