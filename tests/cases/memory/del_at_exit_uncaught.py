# A program that dies with an uncaught exception still finalizes its globals at exit;
# locals of the failing frames are released as well.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def explode():
    inner = Noisy("frame-local")
    print("about to raise")
    raise LookupError("unhandled")


g1 = Noisy("global-1")
g2 = [Noisy("list-0"), Noisy("list-1")]
temp = Noisy("temp")
temp = None
print("calling explode")
explode()
print("never printed")
