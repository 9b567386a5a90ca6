# json.dumps: scalars, containers, separators, dict key coercion, subclasses.
import json

print("none", json.dumps(None), json.dumps(True), json.dumps(False))
print("ints", json.dumps(0), json.dumps(-17), json.dumps(10 ** 30), json.dumps(-(2 ** 64)))
print("floats", json.dumps(1.0), json.dumps(-0.0), json.dumps(0.1 + 0.2), json.dumps(1e16),
      json.dumps(1.5e-7), json.dumps(123456789.125), json.dumps(2.0 ** 70))
print("specials", json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print("str", json.dumps("hello"), json.dumps(""), json.dumps("a/b"))
print("list", json.dumps([1, "two", 3.0, None, [True, []]]))
print("tuple", json.dumps((1, (2, 3), ())))
print("dict", json.dumps({"a": 1, "b": [1, 2], "c": {}, "d": {"e": None}}))
print("nested", json.dumps({"k": [{"x": (1, {"y": [[], {}]})}]}))
print("compact", json.dumps([1, {"a": 2, "b": [3, 4]}], separators=(",", ":")))
print("custom seps", json.dumps({"a": [1, 2]}, separators=(" ; ", " = ")))
print("int keys", json.dumps({1: "a", -2: "b", 10 ** 20: "c"}))
print("float keys", json.dumps({1.5: 1, -0.0: 2, 1e100: 3, float("inf"): 4, float("nan"): 5}))
print("bool/None keys", json.dumps({True: 1, False: 2, None: 3}))
print("mixed keys order kept", json.dumps({"z": 1, 2: 2, "a": 3, None: 4}))
print("sort_keys", json.dumps({"b": 1, "a": {"d": 1, "c": 2}, "C": 3}, sort_keys=True))
print("sort int keys", json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
try:
    json.dumps({1: "x", "a": "y"}, sort_keys=True)
except TypeError as e:
    print("sort mixed:", e)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    def __str__(self):
        return "MyInt?"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print("int subclass", json.dumps([MyInt(5), {MyInt(6): 1}]))
print("float subclass", json.dumps([MyFloat(2.5), {MyFloat(0.5): 1}]))
print("str subclass", json.dumps({MyStr("k"): MyStr("v")}))
print("list/dict subclass", json.dumps(MyList([1, MyDict(a=MyList())])))
print("bool is not int", json.dumps([True, 1, False, 0]))
print("round trip", json.loads(json.dumps({"a": [1, 2.5, "x", None, True]})))
big = list(range(20))
print("long list", json.dumps(big))
print("dict order", json.dumps(dict.fromkeys("hello")))
