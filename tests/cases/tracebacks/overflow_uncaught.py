for fn, label in [(lambda: 10.0 ** 400, "10.0 ** 400"), (lambda: 2.0 ** 5000, "2.0 ** 5000"), (lambda: float(10 ** 400), "float(10**400)"), (lambda: (10 ** 400) / 3, "(10**400) / 3")]:
    try:
        fn()
    except OverflowError as e:
        print(label, type(e).__name__, e)
print("int power is fine", len(str(10 ** 400)))
value = 1.5
for step in range(12):
    value = value ** 2
    print(step, f"{value:.3e}")
