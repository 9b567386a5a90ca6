import math
for v in [4.0, 0.0, 1e-300, 1e300, float("inf")]:
    print("sqrt", v, math.sqrt(v))
for v in [-1.0, -1e-300, float("-inf"), float("nan")]:
    try:
        print("sqrt", v, math.sqrt(v))
    except ValueError as e:
        print("sqrt", v, type(e).__name__, e)
readings = [4.0, 9.0, 2.25, -1.0]
for r in readings:
    print("sqrt", r, math.sqrt(r))
