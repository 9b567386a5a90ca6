def outer():
    x = 1
    def show():
        return x
    x = 2
    res1 = show()
    del x
    try:
        show()
    except NameError as e:
        res2 = str(e)
    x = 3
    return res1, res2, show()
print(outer())
def param_shadow(x):
    def inner(x=x * 10):
        return x
    return inner(), inner(5)
print(param_shadow(2))
def class_captures():
    value = "captured"
    class C:
        attr = value
        def method(self):
            return value
    value = "changed"
    return C.attr, C().method()
print(class_captures())
def nested_nonlocal_global():
    g = "local g"
    def inner():
        global g
        g = "global g set"
        return g
    return inner(), g
print(nested_nonlocal_global(), g)
def closure_over_comprehension_var():
    fns = [lambda: k for k in range(3)]
    k = "outer k"
    return [fn() for fn in fns], k
print(closure_over_comprehension_var())
def default_vs_closure():
    n = 1
    a = lambda: n
    b = lambda n=n: n
    n = 2
    return a(), b()
print(default_vs_closure())
