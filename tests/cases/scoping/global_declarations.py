count = 0

def bump():
    global count
    count += 1

for _ in range(3):
    bump()
print("count", count)

def multi():
    global a, b
    a, b = 1, 2

multi()
print("a b", a, b)

def nested_global():
    def inner():
        global g_inner
        g_inner = "set by inner"
    inner()

nested_global()
print("g_inner", g_inner)

def local_then_global_in_inner():
    value = "local"
    def inner():
        global value
        return value
    return inner()

value = "module value"
print("inner global", local_then_global_in_inner())

def global_in_class():
    class C:
        global from_class
        from_class = "made in class"
    return C

global_in_class()
print("from_class", from_class)

def del_global():
    global tmp
    del tmp

tmp = 1
del_global()
print("tmp gone", "tmp" in globals())

try:
    del_global()
except NameError as e:
    print(type(e).__name__, e)

def read_missing():
    return missing_name_xyz
try:
    read_missing()
except NameError as e:
    print(type(e).__name__, e)
