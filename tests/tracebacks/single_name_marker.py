a = 1
total = a + b
