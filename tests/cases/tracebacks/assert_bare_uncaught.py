def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b
    return True

print(check_sorted([1, 2, 3]))
print(check_sorted([3, 1]))
