x: int = 1
y: str
o.a: int = 2
o[0]: int
class C:
    z: list = []
def f():
    w: int = 3
    return w
