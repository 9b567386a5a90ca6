# Run-time errors raised while matching, and errors that escape from user code during matching.

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class NoArgs:
    pass
def positional_without_match_args():
    match NoArgs():
        case NoArgs(1):
            return "matched"
attempt("no __match_args__", positional_without_match_args)

class ListArgs:
    __match_args__ = ["a"]
    a = 1
def list_match_args():
    match ListArgs():
        case ListArgs(1):
            return "matched"
attempt("list __match_args__", list_match_args)

class StrArgs:
    __match_args__ = "a"
    a = 1
def str_match_args():
    match StrArgs():
        case StrArgs(1):
            return "matched"
attempt("str __match_args__", str_match_args)

class NoneElem:
    __match_args__ = (None,)
def none_element():
    match NoneElem():
        case NoneElem(1):
            return "matched"
attempt("None element", none_element)

def builtin_two():
    match 1:
        case int(1, 2):
            return "matched"
attempt("int two", builtin_two)

class One:
    __match_args__ = ("x",)
    x = 1
def duplicate_keyword():
    match One():
        case One(1, x=1):
            return "matched"
attempt("duplicate", duplicate_keyword)

def too_many():
    match One():
        case One(1, 2):
            return "matched"
attempt("too many", too_many)

def not_a_class():
    handler = print
    match 1:
        case handler.__call__():
            return "matched"
attempt("not a class", not_a_class)

# Errors are only raised if the class check passes first.
def wrong_type_first():
    match "str":
        case NoArgs(1):
            return "matched"
        case _:
            return "no error: isinstance failed before the sub-pattern check"
attempt("not instance", wrong_type_first)

# Exceptions from attribute lookup propagate, except AttributeError.
class Prop:
    __match_args__ = ("good", "bad", "missing")
    good = 1
    @property
    def bad(self):
        raise KeyError("bad property")
    @property
    def missing(self):
        raise AttributeError("treated as a failed match")
def property_raises():
    match Prop():
        case Prop(1, _):
            return "matched"
attempt("property raises", property_raises)
def property_attribute_error():
    match Prop():
        case Prop(missing=_):
            return "matched"
        case _:
            return "AttributeError means no match"
attempt("attribute error", property_attribute_error)

# __instancecheck__ errors propagate.
class Meta(type):
    def __instancecheck__(cls, inst):
        raise RuntimeError("instancecheck failed")
class Checked(metaclass=Meta):
    pass
def instancecheck():
    match 1:
        case Checked():
            return "matched"
attempt("instancecheck", instancecheck)

# Errors from guards, __eq__ of value patterns and mapping get().
def guard_error():
    match [1, 0]:
        case [a, b] if a / b:
            return "matched"
attempt("guard", guard_error)
class BadEq:
    def __eq__(self, other):
        raise ValueError("eq exploded")
class Holder:
    value = BadEq()
def value_eq():
    match 5:
        case Holder.value:
            return "matched"
attempt("value __eq__", value_eq)
class BadGet(dict):
    def get(self, key, default=None):
        raise LookupError("get exploded")
def mapping_get():
    match BadGet(a=1):
        case {"a": 1}:
            return "matched"
attempt("mapping get", mapping_get)
def missing_value():
    match 1:
        case Holder.nothing:
            return "matched"
attempt("missing value name", missing_value)
