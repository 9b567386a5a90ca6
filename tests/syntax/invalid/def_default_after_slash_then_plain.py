# After `/`, a parameter without default may not follow one with a default: CPython's grammar
# has no rule for this order, so it is a plain syntax error at the `)`.
def f(a, /, b=1, c):
    pass
