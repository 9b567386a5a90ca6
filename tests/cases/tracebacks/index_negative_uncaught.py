history = ["v1", "v2"]
print(history[-1], history[-2])
print(history[-3])
