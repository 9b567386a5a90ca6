raw = ["10", "20", "3.5"]
numbers = []
for r in raw:
    numbers.append(int(r))
    print("parsed", numbers[-1])
