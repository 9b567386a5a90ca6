if a:
    f()
elif b and c:
    g()
else:
    h()
while x < 10:
    x += 1
    if x == 5:
        break
    if x == 3:
        continue
else:
    done()
while True:
    pass
