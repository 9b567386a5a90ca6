log = []
def cond(tag, value):
    log.append(tag)
    return value
result = [x for x in range(4) if cond(f"a{x}", x % 2 == 0) if cond(f"b{x}", x > 0)]
print(result, log)
log.clear()
pairs = [(x, y) for x in range(3) if cond(f"x{x}", x != 1) for y in range(2) if cond(f"y{x}{y}", y)]
print(pairs, log)
print([x if x % 2 else "even" for x in range(5)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print({x: y for x, y in [(1, "a"), (2, "b"), (1, "c")]})
print([(x, y) for x in range(3) for y in range(x, 3)])
print(sum(1 for line in ["a", "", "b", ""] if line))
