square = lambda x: x * x
safe_div = lambda a, b: a / b if b else float("inf")
print(square(4), safe_div(1, 0), safe_div(6, 3), (lambda: "no args")())
try:
    (lambda x: x / 0)(1)
except ZeroDivisionError as e:
    print("caught in lambda:", e)
transforms = [lambda x: x + 1, lambda x: x * 2, lambda x: x / (x - 8)]
value = 3
for t in transforms:
    value = t(value)
    print(value)
