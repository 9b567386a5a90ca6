x = a and b
y = a or b or c
z = not a
w = a and (b or c)
if not (a or b):
    f()
