import math
readings = [4.0, 9.0, 2.25, -1.0]
for r in readings:
    print("sqrt", r, math.sqrt(r))
