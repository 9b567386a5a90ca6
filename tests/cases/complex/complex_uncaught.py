values = [1 + 1j, 2 - 1j, 0j]
print(sorted(v.real for v in values))
print(max(values))
