import math
for n in [10, 5, 0]:
    print(n, math.log(n))
