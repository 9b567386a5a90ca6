scores = {"ann": 3, "bob": 5}
names = scores.keys()
print(list(names))
print(names[0])
