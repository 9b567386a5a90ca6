import builtins

print("len builtin", len("abc"))

def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")

print("local shadow", shadow_builtin())

len = lambda s: "global shadow"
print("global shadow", len("abc"))
del len
print("restored", len("abc"))

print("builtins module", builtins.len is len)

def uses_later_global():
    return later

later = "defined after function"
print("later", uses_later_global())

def conditional_local(flag):
    if flag:
        z = "set"
    return z

print("cond true", conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def loop_var_after():
    for k in range(3):
        pass
    return k

print("loop var", loop_var_after())

def except_var_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "cleared: " + str(e)

print(except_var_cleared())

def with_var():
    class CM:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            return False
    with CM() as got:
        pass
    return got

print("with var", with_var())
