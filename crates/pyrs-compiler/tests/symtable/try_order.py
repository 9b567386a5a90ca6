try:
    f1 = lambda: body
except E1 as e1:
    f3 = lambda: handler
else:
    f2 = lambda: orelse
finally:
    f4 = lambda: final
