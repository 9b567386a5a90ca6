# dataclasses: InitVar pseudo-fields (also as string annotations) and __post_init__.
from dataclasses import dataclass, field, fields, InitVar, replace
import dataclasses


@dataclass
class Account:
    owner: str
    password: InitVar[str]
    salt: InitVar[int] = 7
    digest: int = field(init=False)

    def __post_init__(self, password, salt):
        self.digest = (len(password) * salt) % 97


a = Account("ann", "secret")
print("account", a, a.digest)
print("custom salt", Account("bob", "pw", 10))
print("initvar not stored", hasattr(a, "password"), Account.salt)
print("fields", [f.name for f in fields(Account)])
print("all pseudo", list(Account.__dataclass_fields__))
print("doc", Account.__doc__)
print("match_args", Account.__match_args__)
print("InitVar repr", InitVar[int], InitVar[str], repr(InitVar["Later"]))
iv = InitVar(float)
print("InitVar type", iv.type, type(InitVar[int]).__name__)

try:
    Account("x")
except TypeError as e:
    print("missing initvar:", e)

print("replace with initvar", replace(a, password="longer password"))
try:
    replace(a, owner="z")
except ValueError as e:
    print("replace error:", e)
try:
    replace(a, password="p", digest=1)
except ValueError as e:
    print("replace error:", e)


@dataclass
class Strings:
    n: int
    scale: "InitVar[int]" = 2
    factor: "dataclasses.InitVar[int]" = 3
    result: int = 0

    def __post_init__(self, scale, factor):
        self.result = self.n * scale * factor


s = Strings(5)
print("string initvars", s, Strings(1, 10, 10))
print("string kinds", [f._field_type for f in Strings.__dataclass_fields__.values()])
print("string doc", Strings.__doc__)


@dataclass
class NotInitVar:
    a: "InitVarLike" = 1


print("other strings are fields", [f.name for f in fields(NotInitVar)])


@dataclass
class Order:
    items: list = field(default_factory=list)
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        print("  post_init sees", self.items, self.total)
        self.total = sum(self.items)


print("post_init", Order([1.5, 2.5]))

try:
    @dataclass
    class BadFactory:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print("error:", e)


@dataclass
class PostInitError:
    v: int

    def __post_init__(self):
        if self.v < 0:
            raise ValueError(f"negative: {self.v}")


try:
    PostInitError(-1)
except ValueError as e:
    print("post_init raised:", e)
