if a == 1:
    pass
elif a = 2:
    pass
