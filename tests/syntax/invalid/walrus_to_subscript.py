while (d[0] := read()):
    pass
