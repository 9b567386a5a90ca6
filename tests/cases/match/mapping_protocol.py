# Mapping patterns: which subjects qualify, how keys are looked up, **rest, duplicate keys.
import collections
import collections.abc

class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)
    def __getitem__(self, key):
        print("  __getitem__", repr(key))
        return dict.__getitem__(self, key)

print("lookups use get():")
match Tracing(a=1, b=2, c=3):
    case {"a": 1, "b": x, **rest}:
        print("matched", x, rest, type(rest).__name__)

print("defaultdict is not extended:")
dd = collections.defaultdict(list, {"present": [1]})
match dd:
    case {"absent": _}:
        print("unexpected")
    case {"present": [v]}:
        print("present", v, sorted(dd))

print("__missing__ is not consulted:")
class Missing(dict):
    def __missing__(self, key):
        return "from missing"
match Missing():
    case {"k": v}:
        print("unexpected", v)
    case {}:
        print("empty pattern matches the empty mapping")

print("a Mapping subclass qualifies, a plain object with keys() does not:")
class RO(collections.abc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
class Duck:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
    def get(self, k, d=None):
        return 1
for subject in (RO({"a": 1, "b": 2}), Duck(), [("a", 1)], collections.OrderedDict(a=1),
                collections.Counter(a=1), collections.ChainMap({"a": 1})):
    match subject:
        case {"a": 1, **rest}:
            print(type(subject).__name__, "matched rest", dict(rest))
        case _:
            print(type(subject).__name__, "no match")

print("extra keys are allowed without **rest; key values are compared with ==:")
match {1: "one", 2.0: "two", "s": "str", -3: "neg", 1j: "imag"}:
    case {1: a, 2: b, -3: c, 0 + 1j: d}:
        print(a, b, c, d)

print("None/True/False keys and value patterns as keys:")
class K:
    key = "dynamic"
match {None: 0, False: 1, "dynamic": 2}:
    case {None: n, False: f, K.key: d}:
        print(n, f, d)

print("length check happens before lookups:")
match Tracing(a=1):
    case {"a": 1, "b": 2}:
        print("unexpected")
    case {"a": 1}:
        print("single key matched")

print("duplicate keys detected at run time:")
try:
    match {"a": 1, "b": 2}:
        case {K.key: 1, "dynamic": 2}:
            print("unexpected")
        case _:
            print("first key missing, so the duplicate is never reached")
except ValueError as e:
    print(type(e).__name__, e)
class Dup:
    x = "a"
    y = "a"
try:
    match {"a": 1, "b": 2}:
        case {Dup.x: 1, Dup.y: 1}:
            print("unexpected")
except ValueError as e:
    print(type(e).__name__, e)

print("**rest copies remaining items in order:")
match {"z": 26, "a": 1, "m": 13}:
    case {"a": _, **rest}:
        rest["new"] = True
        print(rest)
