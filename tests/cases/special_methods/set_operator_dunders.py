# set and frozenset operator slot wrappers as attributes, and their meeting with reflected methods.
s, f = {1, 2}, frozenset({2, 3})
print(s.__or__(f), f.__or__(s), s.__and__(f), s.__sub__(f), f.__rsub__(s), s.__xor__(f), f.__rxor__(s))
print(s.__or__([1]), f.__and__(1), set.__ror__(s, f), type(f.__or__(s)).__name__, type(s.__or__(f)).__name__)
t = {1}; r = t.__ior__({5}); print(r is t, t, t.__iand__([1]))
class R:
    def __ror__(self, o): return ("ror", o)
    def __rsub__(self, o): return ("rsub", o)
print(s | R(), f - R())
u = {1}; u |= {2}; print(u)
for fn in (lambda: set.__or__(f, s), lambda: frozenset.__or__(s, f), lambda: set.__or__(), lambda: s | [1], lambda: s.__or__(s, s)):
    try: print(fn())
    except TypeError as e: print(e)
class S(set): pass
print(type(S({1}) | {2}).__name__, type(set.__or__(S({1}), {2})).__name__, hasattr(set, "__rand__"), "__ior__" in frozenset.__dict__)
