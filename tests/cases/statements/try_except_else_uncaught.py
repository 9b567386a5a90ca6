def parse_all(items):
    out = []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            print("skipping", repr(item))
        else:
            out.append(100 // value)
    return out

print(parse_all(["5", "x", "20"]))
print(parse_all(["4", "0"]))
