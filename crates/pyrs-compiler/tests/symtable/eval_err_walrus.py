[(w := 1) for w in range(3)]
