print(format(1234.5678, ",.2f"), format(255, "#06x"), format("hi", "*^8"), format(3, "b"), format(0.5, "%"))
print(format(-12, "+05d"), format(12, "+05d"), format(1e-7, "f"), format(1e-7, "g"), format(123456789, ".3e"))
print(format(True), format(None), format([1, "a"]), format({"k": 1}), format((1,)), format(1 + 1j), format(b"x"))
class C:
    pass
c = C()
print(format(c, "") == str(c))
try:
    format(C(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format(10, "n"), format(10.5, "n"), format(2 ** 64, ","), format(-0.0, "f"), format(0.0, "+.1f"))
print(format(float("nan"), "010.2f"), format(float("-inf"), "<8"), format(1.5, "010"), format(-1.5, "010"))
print(format(12345.678, "e"), format(12345.678, ".0e"), format(12345.678, "#.0e"), format(12345.678, "E"))
print(format(0.000012345, "g"), format(0.00012345, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0, "g"))
