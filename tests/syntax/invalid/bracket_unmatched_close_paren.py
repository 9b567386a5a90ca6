x = compute(1, 2))
