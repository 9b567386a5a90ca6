namespace = {"x": 10}
exec("y = x * 2", namespace)
print(namespace["y"])
exec("z = x + w", namespace)
