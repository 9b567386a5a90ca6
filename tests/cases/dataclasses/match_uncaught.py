# dataclasses: __match_args__ in match statements; ends with an uncaught FrozenInstanceError.
from dataclasses import dataclass, field


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float
    label: str = field(default="", kw_only=True)


@dataclass(match_args=False)
class Blob:
    size: int


def area(shape):
    match shape:
        case Circle(r) if r < 0:
            return "negative"
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h, label="square"):
            return ("square", w * h)
        case Rect(w, h):
            return w * h
        case Blob(size=s):
            return ("blob", s)
        case _:
            return "unknown"


for s in [Circle(1.0), Circle(-1), Rect(2, 3), Rect(2, 2, label="square"), Blob(4), 5]:
    print(type(s).__name__, area(s))
print("match_args", Circle.__match_args__, Rect.__match_args__, hasattr(Blob, "__match_args__"))
try:
    match Blob(1):
        case Blob(x):
            print("unreachable")
except TypeError as e:
    print("positional without match_args:", e)


@dataclass(frozen=True)
class Config:
    name: str
    level: int = 1


cfg = Config("prod")
print("config", cfg)
cfg.level = 2
print("not reached")
