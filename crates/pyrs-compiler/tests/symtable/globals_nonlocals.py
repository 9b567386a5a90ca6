global module_level_global
module_level_global = 1

def f():
    global a, b
    a = 1
    return b

def g():
    x = 1
    def h():
        nonlocal x
        global y
        x = y
    return h

class C:
    global in_class
    in_class = 1
    def m(self):
        global in_method
        return in_method

def annotated():
    ann: int = 1
    other: str
    return ann

def unused_nonlocal():
    q = 1
    def inner():
        nonlocal q
    return inner
