d = {"a": 1, "b": None}
print(d.get("a"), d.get("b"), d.get("c"), d.get("c", 0), "b" in d, d.get("b", "default"))
print(d.setdefault("b", 5), d.setdefault("c", 5), d)
print(d.pop("a"), d.pop("zz", None), d)
print(dict.get(d, "c"), {}.get(1, []), {(1, 2): "t"}.get((1, 2)))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(x=1)
print(m["x"], m["y"], m.get("y"), "y" in m, len(m))
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a"}.get(True), {1.0: "f"}[1], {"": 0}[""])
