def outer(a, b=2, *args, c, d=4, **kw):
    """Outer docstring."""
    x = a + b
    def inner():
        return x
    return inner

print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
co = outer.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename.endswith("function_attributes.py"), co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__code__.co_freevars, inner.__closure__[0].cell_contents)
print(inner.__doc__, inner.__defaults__, inner.__kwdefaults__)
def gen():
    yield
print(bool(gen.__code__.co_flags & 0x20), gen.__code__.co_argcount)
lam = lambda p, q=1: p
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__code__.co_varnames)
outer.custom = "attribute"
print(outer.custom, outer.__dict__)
outer.__name__ = "renamed"
outer.__qualname__ = "Q.renamed"
outer.__doc__ = None
print(outer.__name__, outer.__qualname__, outer.__doc__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(outer).__name__, callable(outer), outer.__globals__ is globals(), outer.__builtins__ is not None if hasattr(outer, "__builtins__") else "n/a")
def annotated(x: int, y: "str" = "d") -> list:
    pass
print(annotated.__annotations__)
