source = """
def helper(values):
    return sum(values) / len(values)

print("mean", helper([1, 2, 3]))
print("mean", helper([]))
"""
exec(source)
