squares = [x * x for 1 in range(10)]
