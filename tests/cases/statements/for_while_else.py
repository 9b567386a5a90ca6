for i in range(3):
    pass
else:
    print("for else runs", i)

for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)

def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print("find", find("abc", "c"), find("abc", "z"))

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)

for i in []:
    print("never")
else:
    print("empty for else")

for i in range(5):
    if i % 2:
        continue
    print("even", i)

outer_done = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        outer_done.append((a, b))
print(outer_done)

count = 0
while count < 10:
    count += 1
    if count < 8:
        continue
    print("late count", count)

for ch in "hey":
    pass
print("last", ch)

lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print("grown", lst)

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

try:
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
finally:
    print("outer finally")
