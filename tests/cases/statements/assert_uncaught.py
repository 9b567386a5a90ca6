def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive, got {v}"
    return "all positive"

print(check_positive([1, 2, 3]))
print(check_positive([4, -5, 6]))
