nums = [4, -2, 7, 0, 3]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)))
print(any(nums), all(nums), any([]), all([]), sum(nums, 10), sum([[1], [2]], []))
print(list(enumerate(nums, 1)), list(zip(nums, "abcde")), list(map(abs, nums)), list(filter(None, nums)))
print([n for n in nums if n > 0], max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)))
print(nums.index(7), 7 in nums, 8 not in nums, nums.count(0))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(str, nums)))
stack = []
for i in range(3):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)], sum(map(sum, matrix)), max(matrix, key=sum))
print(sorted(nums, key=lambda n: -n)[:2], list(reversed(sorted(nums)))[0])
print(list(range(10))[::-1][:3], [0] * 0, [None] * 2)
print(repr([1, "two", 3.0, None, [4], (5,), {"six": 6}]))
print(str([1, "a"]), [1, 2].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1))
