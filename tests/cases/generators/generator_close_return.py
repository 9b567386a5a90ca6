def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  closing")
        return "ignored value"

gen = g()
next(gen)
print("close returns", gen.close())
print("after close", list(gen))

def nested():
    try:
        yield from g()
    finally:
        print("  outer finally")

n = nested()
next(n)
n.close()

def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  counter finished at", i)

c = counter()
for v in c:
    if v == 3:
        break
c.close()
print("closing twice is fine", c.close())

def exc_in_finally():
    try:
        yield
    finally:
        raise KeyError("from finally")

e = exc_in_finally()
next(e)
try:
    e.close()
except KeyError as err:
    print("close raised", repr(err))
