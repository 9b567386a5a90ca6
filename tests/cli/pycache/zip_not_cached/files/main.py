import zm
print(zm.V)
