for v in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10 ** 20]:
    print(format(v, ","), format(v, "_"), format(v, ",.2f") if v < 10 ** 19 else "big", format(v, "_x"), format(v, ",.1e"))
for v in [0.5, 1234.5, 1234567.891, 1e15, -0.001]:
    print(format(v, ","), format(v, ",.3f"), format(v, "_.2f"), format(v, ",g"), format(v, ",%"))
try:
    format(1, ",x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ",b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", ",")
except ValueError as e:
    print(type(e).__name__, e)
print("{:,}".format(1234.5), "{:_}".format(1234.5), f"{1e6:,.0f}", f"{-1e6:_.0f}")
