import os
import tempfile
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "exists.txt")
    with open(path, "w") as f:
        f.write("hello\n")
    with open(path) as f:
        print(f.read().strip())
finally:
    os.remove(path)
    os.rmdir(d)
with open("definitely_missing_file.txt") as f:
    print(f.read())
