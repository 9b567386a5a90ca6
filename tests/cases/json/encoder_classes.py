# json: JSONEncoder/JSONDecoder subclasses, cls=, iterencode, attributes and defaults.
import json


class Money:
    def __init__(self, cents):
        self.cents = cents


class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"$money": o.cents}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print("cls", json.dumps({"price": Money(250), "ids": {3, 1, 2}}, cls=MoneyEncoder))
print("cls indent", json.dumps([Money(1)], cls=MoneyEncoder, indent=1))
try:
    json.dumps(object(), cls=MoneyEncoder)
except TypeError as e:
    print("super default:", e)

enc = json.JSONEncoder()
print("defaults", enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan,
      enc.sort_keys, enc.indent, repr(enc.item_separator), repr(enc.key_separator))
enc2 = json.JSONEncoder(indent=2)
print("indent seps", repr(enc2.item_separator), repr(enc2.key_separator))
enc3 = json.JSONEncoder(separators=(";", "="), sort_keys=True)
print("encode", enc3.encode({"b": [1, 2], "a": "x"}))
print("encode str", enc.encode("\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print("iterencode", "".join(enc.iterencode({"a": [1, 2.5, None]})))
print("iterencode indent", "".join(enc2.iterencode([{"k": "v"}])))
print("iterencode is lazy", hasattr(enc.iterencode([1]), "__next__"))
try:
    enc.default(3)
except TypeError as e:
    print("base default:", e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print("encode override", json.dumps({"a": "b"}, cls=Upper))


class DecimalishDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault("parse_float", lambda s: ("float", s))
        super().__init__(**kw)


print("decoder cls", json.loads("[1.25, 3]", cls=DecimalishDecoder))
print("decoder cls hook", json.loads('{"a": 0.5}', cls=DecimalishDecoder,
                                     object_hook=lambda d: list(d.values())))
dec = json.JSONDecoder(object_pairs_hook=dict, strict=False)
print("decoder attrs", dec.strict, dec.object_hook, dec.parse_float is float,
      dec.parse_int is int, dec.object_pairs_hook is dict)
print("decoder decode", dec.decode('{"t": "a\tb"}'))
print("all", sorted(json.__all__))
print("dumps default function", json.dumps([1j], default=repr))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


pts = json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": {"z": 1}}',
                 object_hook=as_point)
print("objects", [(p.x, p.y) for p in pts["pts"]], pts["n"])
print("back", json.dumps(pts, default=vars, sort_keys=True))
