print("a start")
import b
X = "a.X"
def fa():
    return b.Y
print("a end")
