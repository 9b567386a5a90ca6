try:
    a()
finally:
    b()

def f():
    try:
        return g()
    finally:
        h()

def g2():
    for x in y:
        try:
            continue
        except E:
            break
        finally:
            z()
