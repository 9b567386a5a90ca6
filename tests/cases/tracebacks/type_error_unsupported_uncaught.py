totals = {"a": 10, "b": None}
grand = 0
for key, value in totals.items():
    print("adding", key)
    grand = grand + value
