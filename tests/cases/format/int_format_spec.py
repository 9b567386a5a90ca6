specs = ["", "d", "5d", "<5d", ">5d", "^5d", "=5d", "+d", "-d", " d", "05d", "+05d", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", "08b", "#010b", ",d", "_d", "_x", "_b", "_o", ",", "*^9", "0^9", "c", "e", "f", ".2f", "%", "g", "n", "#_x", "+,d"]
for v in [0, 7, -7, 255, 1234567, -9876543210]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append("ERR(" + str(e) + ")")
    print(v, out)
