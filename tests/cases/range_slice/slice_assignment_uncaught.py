data = list(range(10))
data[::2] = [0] * 5
print(data)
data[::3] = [1, 2]
print(data)
