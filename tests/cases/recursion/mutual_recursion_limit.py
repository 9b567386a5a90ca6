def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(900))))
import sys
print(sys.getrecursionlimit())
def gen_recursive(n):
    if n:
        yield from gen_recursive(n - 1)
    yield n
print(sum(gen_recursive(200)))
try:
    sum(gen_recursive(5000))
except RecursionError as e:
    print("deep yield from", type(e).__name__)
class R:
    def __getattr__(self, name):
        return getattr(self, "again_" + name)
try:
    R().x
except RecursionError as e:
    print("__getattr__", type(e).__name__, str(e)[:35])
