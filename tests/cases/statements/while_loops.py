n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
else:
    print("no break")
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print("count", count)
stack = [[1, [2, 3]], 4, [[5]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(flat)
x = 100
while x > 1:
    x //= 3
else:
    print("while-else ran with", x)
guess, lo, hi = None, 0, 1000
target = 737
tries = 0
while guess != target:
    guess = (lo + hi) // 2
    tries += 1
    if guess < target:
        lo = guess + 1
    elif guess > target:
        hi = guess - 1
print("found", guess, "in", tries)
