def negate(v):
    return 1 + -v


negate("text")
