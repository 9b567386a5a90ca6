# json.dump and json.load with file objects (a temporary directory) and a write() object.
import json
import os
import tempfile


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
json.dump({"a": [1, 2, {"b": None}]}, c)
print("collected", "".join(c.parts))
print("many writes", len(c.parts) > 1)
c2 = Collector()
json.dump([1, "x"], c2, indent=2, sort_keys=True)
print("indented", "".join(c2.parts))


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print("load reader", json.load(Reader('{"k": [true, false]}')))
print("load hook", json.load(Reader('{"k": 1}'), object_pairs_hook=lambda p: p))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.json")
    record = {"name": "caf\u00e9", "values": [1.5, -2, 3e10], "ok": True}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print("file text", text.encode("utf-8"))
    with open(path, encoding="utf-8") as f:
        print("file load", json.load(f) == record)
    with open(path, "rb") as f:
        print("binary load", json.load(f))
    with open(path, "w") as f:
        try:
            json.dump({"bad": object()}, f)
        except TypeError as e:
            print("dump error:", e)
    with open(path) as f:
        print("partial output", repr(f.read()))
