def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def reset():
        del items[:]
    return add, reset

add, reset = make()
print(add(1), add(2))
reset()
print(add(3))

def broken():
    def inner():
        return later_value
    result = inner()
    later_value = 1
    return result

broken()
