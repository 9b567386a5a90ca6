pending = [3, 1, 2]
print(pending.pop(), pending.pop(0), pending)
for args in [(5,), (-5,)]:
    try:
        pending.pop(*args)
    except IndexError as e:
        print(args, type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
queue = ["task-a", "task-b"]
while True:
    task = queue.pop(0)
    print("running", task)
