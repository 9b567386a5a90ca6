import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "numbers.txt")
    with open(path, "w") as f:
        f.write("1\n2\nthree\n4\n")
    total = 0
    with open(path) as f:
        for line in f:
            total += int(line)
            print("running total", total)
