# Objects still referenced from module globals are finalized at interpreter exit,
# after atexit handlers have run.

import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def handler():
    print("atexit handler; first is", first.name)


atexit.register(handler)

first = Noisy("first")
second = Noisy("second")
third = Noisy("third")
temp = Noisy("temp")
del temp
print("main body done")
