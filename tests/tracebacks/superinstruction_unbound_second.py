def f(flag):
    if flag:
        y = 1
    x = 2
    return x + y


print(f(True))
print(f(False))
