# Objects referenced by an exception are destroyed when the `except ... as e` block ends
# (e is deleted), or when a traceback holding a frame is dropped.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Err(Exception):
    pass

print("exception args")
try:
    raise Err(D("arg"))
except Err as e:
    print("  in handler", e.args[0].name)
print("after handler")

print("exception attribute")
try:
    err = Err()
    err.payload = D("payload")
    del err
    raise Err("no payload")
except Err as e:
    print("  in handler 2")
print("after handler 2")

print("handler without name")
try:
    raise Err(D("unnamed"))
except Err:
    print("  in handler 3")
print("after handler 3")

print("saved exception")
saved = None
try:
    raise Err(D("saved"))
except Err as e:
    saved = e
print("  handler done, saved kept")
saved = None
print("after dropping saved")

print("chained")
try:
    try:
        raise Err(D("inner"))
    except Err:
        raise Err(D("outer"))
except Err as e:
    print("  context", type(e.__context__).__name__)
print("after chained")

print("finally")
def f():
    try:
        x = D("try-local")
        return "r"
    finally:
        print("  finally runs")
print(" ", f())
print("done")
