# Objects referenced from the frames of a caught exception's traceback are freed after the
# except block ends (the `as` name is deleted at the end of the handler).

import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fail(tag):
    local = Noisy(tag)
    raise ValueError(tag)


print("-- caught with as")
try:
    fail("as-local")
except ValueError as e:
    print("in handler", e)
print("after handler")

print("-- caught without as")
try:
    fail("bare-local")
except ValueError:
    print("in bare handler")
print("after bare handler")

print("-- nested call frames")


def middle(tag):
    mid = Noisy(tag + "-mid")
    fail(tag + "-inner")


try:
    middle("nest")
except ValueError as e:
    print("in nested handler", e)
print("after nested handler")

print("-- exception kept in another name")
saved = None
try:
    fail("saved-local")
except ValueError as e:
    saved = e
print("after handler, exception saved:", saved)
saved = None
print("after dropping saved exception")

print("-- traceback kept")
tb = None
try:
    fail("tb-local")
except ValueError:
    tb = sys.exc_info()[2]
print("after handler, traceback saved")
tb = None
print("after dropping traceback")

print("-- exception object carrying an object")


class Carrier(Exception):
    def __init__(self, payload):
        super().__init__("carrier")
        self.payload = payload


try:
    raise Carrier(Noisy("payload"))
except Carrier as e:
    print("payload is", e.payload.name)
print("after carrier handler")

print("-- exception inside a function handled in the same function")


def handle_inside():
    try:
        fail("inside-local")
    except ValueError as e:
        print("handled inside", e)
    print("after inside handler")
    return "done"


print(handle_inside())

print("-- finally clause")


def with_finally():
    obj = Noisy("finally-local")
    try:
        return obj.name
    finally:
        print("in finally")


print("returned", with_finally())

print("-- exception that is swallowed by a context manager")


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return True


with Swallow():
    fail("with-local")
print("after with")
print("end")
