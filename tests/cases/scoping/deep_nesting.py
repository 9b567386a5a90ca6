def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4
        return level3
    return level2

f = level1()()()
print("sum", f())
print("freevars", sorted(f.__code__.co_freevars))
print("qualname", f.__qualname__)

def passthrough():
    x = "deep"
    def mid():
        def inner():
            return x
        return inner
    return mid
inner = passthrough()()
print("mid freevars", passthrough().__code__.co_freevars)
print("inner", inner())

def rebinding_chain():
    v = 0
    def a():
        nonlocal v
        v += 1
        def b():
            nonlocal v
            v += 10
            def c():
                nonlocal v
                v += 100
            c()
        b()
    a()
    a()
    return v

print("chain", rebinding_chain())

def shadow_levels():
    s = "outer"
    def mid():
        s = "mid"
        def inner():
            return s
        return inner()
    return mid(), s

print("shadow", shadow_levels())

def sibling_closures():
    shared = []
    def push(v):
        shared.append(v)
    def pop():
        return shared.pop()
    push(1); push(2); push(3)
    return pop(), pop(), shared

print("siblings", sibling_closures())
