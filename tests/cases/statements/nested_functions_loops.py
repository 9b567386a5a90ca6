result = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
    else:
        result.append("inner completed")
print(result)
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print(found, row)
labels = []
for idx, ch in enumerate("abc", start=1):
    labels.append(f"{idx}{ch}")
print(labels)
total = 0
for n in range(1, 6):
    total = total * 10 + n
print(total)
