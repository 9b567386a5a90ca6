total = sum(x for x in data, 0)
