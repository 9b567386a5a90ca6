print("b start")
import a
print("b sees a partially:", hasattr(a, "X"))
Y = "b.Y"
def fb():
    return a.X
print("b end")
