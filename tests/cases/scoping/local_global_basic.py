x = "global x"

def read_global():
    return x

def shadow():
    x = "local x"
    return x

def write_global():
    global x
    x = "rebound by write_global"

print("read", read_global())
print("shadow", shadow())
print("after shadow", x)
write_global()
print("after write", x)

def unbound():
    print(x)
    x = 1

try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print("is NameError", issubclass(UnboundLocalError, NameError))

def global_created():
    global fresh
    fresh = 42

global_created()
print("fresh", fresh)

def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)

print("del_local", del_local())

def aug_unbound():
    counter += 1

counter = 0
try:
    aug_unbound()
except UnboundLocalError as e:
    print("aug", e)
