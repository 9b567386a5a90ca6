def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

inc, get = outer()
print("inc", inc(), inc(), inc())
print("get", get())

def two_levels():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v = v + "b"
        inner()
        inner()
        return v
    r = mid()
    return r, v

print("two_levels", two_levels())

def nonlocal_skips_class():
    z = 1
    class C:
        z = 100
        def m(self):
            return z
    return C().m()

print("skips class", nonlocal_skips_class())

def separate_instances():
    def make(start):
        def step():
            nonlocal start
            start *= 2
            return start
        return step
    a = make(1)
    b = make(10)
    return [a(), a(), b(), a(), b()]

print("separate", separate_instances())

def nonlocal_after_loop():
    result = []
    total = 0
    def add(k):
        nonlocal total
        total += k
        result.append(total)
    for i in range(5):
        add(i)
    return result, total

print("loop", nonlocal_after_loop())
