def tree(depth, *, prefix="", last=True, out=None):
    out = [] if out is None else out
    out.append(prefix + ("`-- " if last else "|-- ") + f"node{depth}")
    if depth > 0:
        for i in range(2):
            tree(depth - 1, prefix=prefix + ("    " if last else "|   "), last=(i == 1), out=out)
    return out
print("\n".join(tree(2)))
def count_calls(n, **meta):
    meta["calls"] = meta.get("calls", 0) + 1
    if n == 0:
        return meta
    return count_calls(n - 1, **meta)
print(count_calls(5, tag="x"))
def varargs_sum(*nums):
    if not nums:
        return 0
    head, *tail = nums
    return head + varargs_sum(*tail)
print(varargs_sum(*range(50)))
