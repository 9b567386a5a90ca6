if a:
    if b:
        pass
    else:
        if c:
            pass
        elif d:
            pass
elif e:
    pass
else:
    if f:
        pass
    else:
        pass
