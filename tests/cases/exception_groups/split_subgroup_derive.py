# split() and subgroup(): matching by type, tuple or predicate; structure, identity, metadata copying.

def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return repr(e)

leaf_v1, leaf_v2 = ValueError("v1"), ValueError("v2")
inner = ExceptionGroup("inner", [TypeError("t1"), leaf_v2])
eg = ExceptionGroup("outer", [leaf_v1, inner, KeyError("k")])

for label, cond in [("ValueError", ValueError), ("TypeError", TypeError), ("tuple", (KeyError, TypeError)),
                    ("LookupError", LookupError), ("Exception", Exception), ("OSError", OSError),
                    ("predicate", lambda e: "1" in str(e)), ("ExceptionGroup", ExceptionGroup)]:
    match, rest = eg.split(cond)
    print(f"split {label}: match={shape(match) if match else None} rest={shape(rest) if rest else None}")
    sub = eg.subgroup(cond)
    print(f"  subgroup {label}: {shape(sub) if sub else None}")

# Leaves are shared, groups are new objects; a full match returns the group itself.
m, r = eg.split(ValueError)
print("leaves shared:", m.exceptions[0] is leaf_v1, m.exceptions[1].exceptions[0] is leaf_v2)
print("groups copied:", m is not eg, m.exceptions[1] is not inner)
print("full match is identity:", eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg)
print("predicate sees groups too:", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner").exceptions[0] is inner)

# Predicate call order.
seen = []
def record(e):
    seen.append(type(e).__name__ if not isinstance(e, BaseExceptionGroup) else "group:" + e.message)
    return False
eg.split(record)
print("predicate order:", seen)

# Metadata copied to the parts: __traceback__, __cause__, __context__, __notes__.
try:
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    mv, rt = caught.split(ValueError)
    print("cause:", repr(mv.__cause__), rt.__cause__ is caught.__cause__)
    print("context:", repr(mv.__context__), "notes:", mv.__notes__, rt.__notes__ is caught.__notes__)
    print("traceback kept:", mv.__traceback__ is caught.__traceback__)

# Invalid conditions.
for bad in (1, "ValueError", (ValueError, 1), ValueError("instance")):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", type(bad).__name__, "->", e)
try:
    eg.subgroup()
except TypeError as e:
    print("subgroup() ->", e)

# derive() builds the parts; subclasses without derive() produce plain ExceptionGroups.
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "'")
class Plain(ExceptionGroup):
    pass
t = Tagged("tagged", [ValueError(1), KeyError(2)], "T")
tm, tr = t.split(ValueError)
print("derived:", type(tm).__name__, tm.tag, type(tr).__name__, tr.tag, tm.args[2:])
pm, pr = Plain("plain", [ValueError(1), KeyError(2)]).split(KeyError)
print("not derived:", type(pm).__name__, type(pr).__name__)
print("explicit derive:", repr(eg.derive([KeyError("x")])), repr(BaseExceptionGroup("b", [SystemExit()]).derive([ValueError()])))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"
try:
    BadDerive("bad", [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print("bad derive ->", e)
