value = None
result = 1 + \
    value
