# NamedTuple called as a function, with a field list or keywords; then an uncaught error.
from typing import List, NamedTuple

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("ann", 3)
print("made", e, e.name, e.id)
print("fields", Employee._fields, Employee.__annotations__)
print("module", Employee.__module__, Employee.__name__)
print("defaults", Employee._field_defaults)
print("asdict", e._asdict(), e._replace(id=4))

Pair = NamedTuple("Pair", left=int, right=List[int])
print("keywords", Pair(1, [2]), Pair.__annotations__)

Empty = NamedTuple("Empty", [])
print("empty", Empty(), Empty._fields, len(Empty()))

Strs = NamedTuple("Strs", [("a", "int"), ("b", None)])
print("converted", Strs.__annotations__)


def check(label, make):
    try:
        print(label, "ok:", make())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


check("both", lambda: NamedTuple("X", [("a", int)], b=str))
check("no name", lambda: NamedTuple())
check("bad type", lambda: NamedTuple("X", [("a", (int,))]))
check("keyword field", lambda: NamedTuple("X", [("class", int)]))
check("duplicate", lambda: NamedTuple("X", [("a", int), ("a", str)]))
check("bad name", lambda: NamedTuple("1X", [("a", int)]))
check("missing arg", lambda: Employee("bob"))
print("NamedTuple is a function", type(NamedTuple).__name__, NamedTuple.__name__)
Employee("bob", 1, 2)
