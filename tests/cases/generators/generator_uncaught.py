def parse_numbers(items):
    for item in items:
        yield int(item)

total = 0
for n in parse_numbers(["1", "2", "3"]):
    total += n
print("total", total)
for n in parse_numbers(["4", "five", "6"]):
    print("parsed", n)
