# A class whose __match_args__ is a list: the first positional class pattern against it raises.

class Event:
    __match_args__ = ("kind", "payload")
    def __init__(self, kind, payload=None):
        self.kind, self.payload = kind, payload

class LegacyEvent:
    __match_args__ = ["kind"]
    def __init__(self, kind):
        self.kind = kind

def handle(ev):
    match ev:
        case Event("click", (x, y)):
            return f"click at {x},{y}"
        case Event("key", str(k)) if len(k) == 1:
            return f"key {k}"
        case Event(kind=k):
            return f"other event {k}"
        case LegacyEvent(kind="noop"):
            return "legacy noop (keyword patterns are fine)"
        case LegacyEvent("boot"):
            return "legacy boot"
        case _:
            return "unknown"

events = [Event("click", (3, 4)), Event("key", "q"), Event("key", "shift"), Event("scroll"),
          LegacyEvent("noop"), 42, LegacyEvent("boot")]
for ev in events:
    print(handle(ev))
print("unreachable")
