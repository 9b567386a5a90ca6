# dataclasses: keyword-only fields (KW_ONLY marker, kw_only=True, field(kw_only=...)).
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float
    retries: int = 3


r = Request("http://x", timeout=1.0)
print("request", r)
print("doc", Request.__doc__)
print("match_args", Request.__match_args__)
print("kw flags", [(f.name, f.kw_only) for f in fields(Request)])
print("marker not a field", "_" in Request.__dataclass_fields__)
try:
    Request("u", "POST", 1.0)
except TypeError as e:
    print("positional:", e)
try:
    Request("u")
except TypeError as e:
    print("missing:", e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
    debug: bool = field(default=False, kw_only=False)


print("config", Config(True, host="h"), Config.__doc__, Config.__match_args__)
try:
    Config("h")
except TypeError as e:
    print("config error:", e)


@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 1


print("mixed", Mixed(5, 6, b=7), Mixed.__doc__)


@dataclass
class Parent:
    p: int
    _: KW_ONLY
    q: int = 0


@dataclass
class Kid(Parent):
    r: int


print("kid", Kid(1, 2, q=3), Kid.__doc__, Kid.__match_args__)


@dataclass
class StringMarker:
    a: int
    _: "KW_ONLY"
    b: int = 2


print("string KW_ONLY", StringMarker(1, b=3), StringMarker.__doc__)
try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print("error:", e)


@dataclass(kw_only=True)
class AllKw:
    x: int = 1
    y: int


print("defaults any order", AllKw(y=2), AllKw.__doc__)
try:
    AllKw(x=1)
except TypeError as e:
    print("error:", e)
