try:
    pass
finally:
    pass
try:
    f()
except E:
    g()
finally:
    h()
