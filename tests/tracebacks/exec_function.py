code = """
def helper(x):
    return x.nothing
"""
ns = {}
exec(code, ns)
ns["helper"](5)
