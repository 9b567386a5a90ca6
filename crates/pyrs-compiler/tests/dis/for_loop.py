for i in range(3):
    print(i)
else:
    print("done")
for k, v in d.items():
    if k:
        break
for x in [1, 2, 3]:
    pass
