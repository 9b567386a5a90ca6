def find_index(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        raise LookupError(f"{target!r} not found in {len(items)} items")
    return i

print(find_index(["a", "b", "c"], "b"))
print(find_index(["a", "b", "c"], "z"))
