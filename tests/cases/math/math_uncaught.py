import math
for fn, arg in [(math.sqrt, -4), (math.log, 0), (math.acos, 2), (math.exp, 1000), (math.factorial, -3)]:
    try:
        fn(arg)
    except (ValueError, OverflowError) as e:
        print(fn.__name__, arg, type(e).__name__, e)
for n in [10, 5, 0]:
    print(n, math.log(n))
