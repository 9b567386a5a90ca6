from collections import deque

window = deque(maxlen=3)
for value in [5, 1, 4, 1, 5, 9, 2, 6]:
    window.append(value)
    print("window", list(window), "avg", sum(window) / len(window))

todo = deque(["write", "test", "ship"])
while todo:
    print("doing", todo.popleft())
print("left", todo, len(todo))
# popping from the empty queue dies with an uncaught IndexError
todo.pop()
print("not reached")
