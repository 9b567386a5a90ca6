def level_one(x):
    return level_two(x + 1)

def level_two(x):
    return level_three(x * 2)

def level_three(x):
    items = list(range(x))
    return items[x]

print("calling")
level_one(3)
