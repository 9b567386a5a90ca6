def risky():
    return 1 / 0

try:
    risky()
except ZeroDivisionError:
    print("handling")
    log = []
    log[0]
