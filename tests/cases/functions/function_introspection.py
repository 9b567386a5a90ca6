def sample(a, b, /, c, d=4, *args, e, f=6, **kw):
    local1 = a
    local2 = b
    return local1 + local2
co = sample.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals, co.co_name, co.co_qualname)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(sample.__defaults__, sample.__kwdefaults__)
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(sample.__code__.co_flags & 0x20))
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer.__code__.co_varnames)
print(type(co.co_code).__name__, type(co.co_consts).__name__, type(co.co_names).__name__)
print(sample.__code__.co_filename.endswith("function_introspection.py"), sample.__code__.co_firstlineno)
print((lambda: 0).__code__.co_name, gen.__code__.co_name, outer().__code__.co_qualname)
