steps = range(0, 50, 5)
print(len(steps), steps[3], steps[-2])
print(steps[10])
