def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")

print(list(safe_div([(1, 2), (1, 0), (3, 4)])))

def gen_with_error():
    yield 1
    raise ValueError("inside generator")
    yield 2

g = gen_with_error()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted after error"))

def catches_thrown():
    while True:
        try:
            x = yield
            print("  received", x)
        except KeyError as e:
            print("  handled thrown", repr(e))
        except GeneratorExit:
            print("  exiting")
            return

c = catches_thrown()
next(c)
c.send(1)
c.throw(KeyError("k"))
c.send(2)
c.close()

def cleanup_order():
    try:
        try:
            yield "inner"
        finally:
            print("  inner cleanup")
    finally:
        print("  outer cleanup")

co = cleanup_order()
print(next(co))
del co
print("after del")
