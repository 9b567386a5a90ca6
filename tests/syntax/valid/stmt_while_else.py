while x:
    x -= 1
while x > 0:
    x -= 1
else:
    done = True
while (n := next(it)) is not None:
    print(n)
while 1: break
