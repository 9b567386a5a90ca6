transforms = [lambda x: x + 1, lambda x: x * 2, lambda x: x / (x - 8)]
value = 3
for t in transforms:
    value = t(value)
    print(value)
