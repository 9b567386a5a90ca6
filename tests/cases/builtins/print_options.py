import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep=", ", end=" END\n")
print()
print(sep="ignored", end="only end\n")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep=" | ")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5))
print(*"abc", sep="")
print(*[], sep="x")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("into", "collector", file=c, sep="+", flush=True)
print(c.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print("multi\nline\ttab")
print("unicode é 日本 😀")
sys.stdout.write("via write\n")
print(sys.stdout.write("len returned\n"))
print("None file", file=None)
