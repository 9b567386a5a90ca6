for text in ["42", " -7 ", "0x1f", "1_000", "3.5", "", "12abc"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "->", type(e).__name__, e)
print(int("0x1f", 16), int("0x1f", 0), int(float("3.5")))
raw = ["10", "20", "3.5"]
numbers = []
for r in raw:
    numbers.append(int(r))
    print("parsed", numbers[-1])
