def nothing():
    pass

def bare():
    return

def multiple():
    return 1, "two", [3]

def early(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    return "zero"

print("nothing", nothing())
print("bare", bare())
print("multiple", multiple())
a, b, c = multiple()
print("unpacked", a, b, c)
print("early", early(5), early(-5), early(0))

def in_loop():
    for i in range(10):
        if i == 3:
            return i
    return -1
print("in_loop", in_loop())

def in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(in_try())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print("in_while", in_while())

def return_func():
    def inner():
        return "inner result"
    return inner
print(return_func()())

def star_return():
    rest = [2, 3]
    return 1, *rest
print("star return", star_return())
