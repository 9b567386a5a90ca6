value = 1.5
for step in range(12):
    value = value ** 2
    print(step, f"{value:.3e}")
