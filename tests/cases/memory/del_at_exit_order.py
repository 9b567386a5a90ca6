# Order of finalization at exit: atexit handlers run first (last registered first), then the
# globals of __main__ are released.  CPython 3.11 frees __main__'s dict as garbage (it is in a
# cycle with the module's functions and classes), so the values go in the dict's insertion
# order; the "underscore names first" pass of _PyModule_ClearDict does not apply here.

import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


alpha = Noisy("alpha")
_under = Noisy("_under")
beta = Noisy("beta")
_second_under = Noisy("_second_under")
gamma = [Noisy("gamma0"), Noisy("gamma1")]
delta = {"k": Noisy("delta-value")}


def first_handler():
    print("handler registered first")


def second_handler():
    print("handler registered second")


atexit.register(first_handler)
atexit.register(second_handler)
beta = Noisy("beta-rebound")
print("main body done")
