def gen():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("inside got", repr(e))
        raise ValueError("converted") from e

g = gen()
next(g)
try:
    g.throw(ZeroDivisionError("zd"))
except ValueError as e:
    print("outside", repr(e), "cause", repr(e.__cause__))
    tb, frames = e.__traceback__, 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print("tb frames", frames)

def gen2():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)

g2 = gen2()
next(g2)
for exc in (KeyError, IndexError("i"), OSError(2, "nope")):
    g2.throw(exc)
g2.close()

def gen3():
    yield 1

g3 = gen3()
try:
    g3.throw(ValueError, ValueError("x"), None)
except ValueError as e:
    print("three-arg throw", e)

class NotAnException:
    pass
try:
    gen3().throw(NotAnException)
except TypeError as e:
    print(type(e).__name__, e)
