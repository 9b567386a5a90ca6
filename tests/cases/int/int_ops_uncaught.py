for a, b in [(12, 5), (-12, 5), (12, -5), (0, 7)]:
    print(a, b, a // b, a % b, divmod(a, b))
for op in ["//", "%", "/"]:
    try:
        eval(f"12 {op} 0")
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
quantities = {"apples": 3, "pears": 0}
for fruit, count in quantities.items():
    print(fruit, 12 // (count or 4))
per_item = {name: 12 // n for name, n in quantities.items()}
print(per_item)
