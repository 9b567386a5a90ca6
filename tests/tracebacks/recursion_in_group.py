def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    err = e
raise ExceptionGroup("deep", [err])
