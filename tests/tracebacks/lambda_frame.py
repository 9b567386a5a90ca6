square = lambda x: x * x
print(list(map(square, [1, 2, None])))
