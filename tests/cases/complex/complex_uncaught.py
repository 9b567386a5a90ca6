z = [3 + 4j, 1 - 1j]
print("abs", [abs(v) for v in z], "sorted by abs", sorted(z, key=abs))
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"(1+1j) {op} (2+2j)")
    except TypeError as e:
        print(op, type(e).__name__, e)
print("eq works", 1 + 0j == 1, (1 + 1j) != (1 - 1j))
values = [1 + 1j, 2 - 1j, 0j]
print(sorted(v.real for v in values))
print(max(values))
