a, b = 1, 0
print(f"result: {a / b}")
