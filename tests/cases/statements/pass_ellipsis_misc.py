def stub():
    pass

def doc_only():
    "only a docstring"

def ellipsis_body():
    ...

print(stub(), doc_only(), ellipsis_body())
print(doc_only.__doc__, stub.__doc__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(NotImplemented), type(NotImplemented).__name__)

class Empty:
    pass

print(Empty.__name__, Empty.__doc__)
if True: print("one-liner if")
for i in range(2): print("one-liner for", i)
while False: pass
x = 1; y = 2; print("semicolons", x + y)

def long_args(
    a,
    b,
):
    return a + b
print(long_args(
    1,
    2,
))
total = (1 +
         2 +
         3)
print(total)
s = "implicit" " concatenation" ' works'
print(s)
n = 1_000_000
print(n, 0x_ff, 0o_17, 0b_1010, 1_0.5e1_0)
print(\
    "backslash continuation")
