pass
while True:
    if a:
        break
    elif b:
        continue
    else:
        pass
for x in y:
    continue
