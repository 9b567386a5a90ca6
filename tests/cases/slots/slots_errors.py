# Errors raised while creating classes with bad __slots__.

def attempt(label, body):
    try:
        cls = body()
        print(label, "ok", getattr(cls, "__slots__", None))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

def conflict():
    class C:
        __slots__ = ("x",)
        x = 1
    return C
attempt("conflict", conflict)

def conflict_method():
    class C:
        __slots__ = ("run",)
        def run(self):
            pass
    return C
attempt("conflict method", conflict_method)

def not_string():
    class C:
        __slots__ = ("a", 1)
    return C
attempt("not string", not_string)

def not_identifier():
    class C:
        __slots__ = ("has space",)
    return C
attempt("not identifier", not_identifier)

def digit_start():
    class C:
        __slots__ = ("1abc",)
    return C
attempt("digit start", digit_start)

def dict_twice():
    class C:
        __slots__ = ("__dict__", "__dict__")
    return C
attempt("dict twice", dict_twice)

def weakref_twice():
    class C:
        __slots__ = ("__weakref__", "__weakref__")
    return C
attempt("weakref twice", weakref_twice)

def int_subclass():
    class C(int):
        __slots__ = ("extra",)
    return C
attempt("int subclass", int_subclass)

def tuple_subclass():
    class C(tuple):
        __slots__ = ("extra",)
    return C
attempt("tuple subclass", tuple_subclass)

def bytes_subclass():
    class C(bytes):
        __slots__ = ("extra",)
    return C
attempt("bytes subclass", bytes_subclass)

def int_empty():
    class C(int):
        __slots__ = ()
    return C
attempt("int empty slots", int_empty)

def str_slots():
    class C(str):
        __slots__ = ("x",)
    return C
attempt("str subclass", str_slots)

def float_dict_slot():
    class C(float):
        __slots__ = ("__dict__",)
    return C
attempt("float __dict__ slot", float_dict_slot)

def not_iterable():
    class C:
        __slots__ = 5
    return C
attempt("not iterable", not_iterable)

def bytes_name():
    class C:
        __slots__ = (b"x",)
    return C
attempt("bytes name", bytes_name)

def via_type():
    return type("T", (), {"__slots__": ("v",), "v": 0})
attempt("type() conflict", via_type)

def via_type_ok():
    return type("T", (), {"__slots__": ["v", "w"]})
attempt("type() ok", via_type_ok)

def layout():
    class A:
        __slots__ = ("a",)
    class B:
        __slots__ = ("b",)
    class C(A, B):
        pass
    return C
attempt("layout", layout)

def builtin_layout():
    class C(int, str):
        pass
    return C
attempt("int and str", builtin_layout)

def slots_list_layout():
    class A:
        __slots__ = ("a",)
    class C(A, list):
        pass
    return C
attempt("slots and list", slots_list_layout)
