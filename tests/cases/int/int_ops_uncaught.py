quantities = {"apples": 3, "pears": 0}
for fruit, count in quantities.items():
    print(fruit, 12 // (count or 4))
per_item = {name: 12 // n for name, n in quantities.items()}
print(per_item)
