for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
print([i for i in range(10, 100, 25)], list(range(-10, -20, -4)), list(range(2, -2, -1)))
print(list(enumerate(range(100, 103))), list(zip(range(3), range(10, 13))))
r = range(1, 20, 3)
print(r.index(7), r.count(7), r.count(8), r[-2], r[1:4], r[::-2], list(r[::-2]))
print(range(0, 10, 3)[10:], range(5)[::-1][::-1], range(10)[-3:], range(10)[:-3:2])
print(sum(range(0, 1000, 3)) + sum(range(0, 1000, 5)) - sum(range(0, 1000, 15)))
print(list(range(5))[::2] == list(range(5)[::2]), len(range(10**6, 0, -7)))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], tuple(range(2)))
print(min(range(5, 50, 5)), max(range(5, 50, 5)), sorted(range(3), reverse=True), 4.0 in range(5), True in range(2))
total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(total)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(1, I())), range(10)[I()])
