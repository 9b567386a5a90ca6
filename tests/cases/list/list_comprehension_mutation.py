a = [1, 2, 3]
b = [x for x in a]
b.append(4)
print(a, b)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
for row in grid:
    row.append("end")
print(grid)
flat = [v for row in grid for v in row if v != "end"]
print(flat, flat.count(0))
stack = [1]
while stack and len(stack) < 6:
    stack.append(stack[-1] * 2)
print(stack)
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0))
    if out[-1] == 2:
        queue.append(99)
print(out)
lst = list(range(10))
lst[:] = [x for x in lst if x % 3]
print(lst)
lst[1::2] = [-1] * len(lst[1::2])
print(lst)
lst.extend(lst)
print(len(lst), lst[:4])
lst.insert(len(lst) // 2, "mid")
print(lst.index("mid"), lst.pop(lst.index("mid")))
m = [1, 2, 3]
m += (4, 5)
m += "ab"
m += {"k": 1}
print(m)
