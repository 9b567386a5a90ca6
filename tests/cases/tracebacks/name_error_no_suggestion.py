def probe(src):
    try:
        eval(src)
    except NameError as e:
        print("NameError str:", e, "| name attr:", e.name)
for src in ["undefined_a", "x_y_z_123", "Print", "lenn", "Len"]:
    probe(src)
value = 1
probe("valeu")
print("start")
print(completely_unknown_identifier_xyz)
