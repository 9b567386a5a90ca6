queue = ["task-a", "task-b"]
while True:
    task = queue.pop(0)
    print("running", task)
