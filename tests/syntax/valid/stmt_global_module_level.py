global x
x = 1
def f():
    global x, y
    x = y = 2
class C:
    global z
    z = 3
