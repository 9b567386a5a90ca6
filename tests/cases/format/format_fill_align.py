for fill in ["", "*", "0", " ", "é", "{", "}"]:
    for align in ["<", ">", "^", "="]:
        spec = fill + align + "8"
        try:
            r = format(-42, spec)
        except ValueError as e:
            r = "ERR " + str(e)
        print(repr(spec), repr(r))
print(repr(format(3.5, "=+10.2f")), repr(format(-3.5, "010.2f")), repr(format(3.5, "^+10")))
print(repr("{:{}^{}}".format("x", "-", 5)), repr("{:{}>{}}".format("y", "0", 4)))
print(repr(f"{'abc':{'>'}{6}}"), repr(f"{12:{'0'}{'>'}6}"))
print(repr(format(1234.5, "012,.1f")), repr(format(-1234.5, "012,.1f")), repr(format(1234, "09,")))
print(repr(format(123456789, "015_d")), repr(format(0xABCDEF, "012_x")))
