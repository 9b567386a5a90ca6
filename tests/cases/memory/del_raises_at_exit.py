# __del__ raising during interpreter shutdown: reported on stderr, exit status stays 0.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Angry:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("angry", self.name)
        raise RuntimeError("complaint from " + self.name)


a = Angry("early")
a = None
print("after early")
calm = Noisy("calm")
last = Angry("last")
print("main body done")
