def first_match(items):
    return found := next(iter(items))
