def outer():
    x = 1
    y = 2
    z = 3
    def inner():
        nonlocal y
        y = 5
        return x + y
    def uses_z_late():
        def deeper():
            return z
        return deeper
    return inner

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner

def param_cell(p):
    return lambda: p

def global_in_nested():
    global G
    G = 1
    def inner():
        return G
    return inner

def implicit_global_chain():
    def a():
        def b():
            return implicit
        return b
    return a

def nonlocal_chain():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 1
        return b
    return a
