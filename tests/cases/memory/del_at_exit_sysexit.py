# Globals are finalized at exit also when the program ends with sys.exit.

import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def run():
    local = Noisy("local")
    print("calling sys.exit")
    sys.exit(3)


keep = Noisy("global")
try:
    run()
finally:
    print("finally at module level")
