def read(lines):
    for line in lines:
        yield line.strip()

def parse(rows):
    for row in rows:
        name, qty = row.split(",")
        yield name, int(qty)

lines = ["apple,3", "pear,5", "plum"]
for name, qty in parse(read(lines)):
    print(name, qty)
