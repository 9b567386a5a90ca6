def power(exp):
    def raise_to(base):
        return base ** exp
    raise_to.__name__ = "pow" + str(exp)
    return raise_to

funcs = [power(e) for e in range(4)]
print([f.__name__ for f in funcs])
print([f(3) for f in funcs])

def pipeline(*fns):
    def run(value):
        for fn in fns:
            value = fn(value)
        return value
    return run

p = pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  hello "))

def curry(fn, arity):
    def take(args):
        if len(args) == arity:
            return fn(*args)
        return lambda x: take(args + (x,))
    return take(())

add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3("a")("b")("c"))

def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper

calls = []
init = once(lambda: calls.append("ran") or len(calls))
print(init(), init(), init(), calls)

def make_stack():
    data = []
    return {"push": data.append, "pop": data.pop, "peek": lambda: data[-1], "size": lambda: len(data)}

s = make_stack()
s["push"](1); s["push"](2); s["push"](3)
print(s["pop"](), s["peek"](), s["size"]())
