data = [10, 20, 30]
print(data[-1], data[-3], data[-3:], data[-100:], data[:-100])
for i in [3, -4, 10 ** 20, -(10 ** 20)]:
    try:
        data[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
history = ["v1", "v2"]
print(history[-1], history[-2])
print(history[-3])
