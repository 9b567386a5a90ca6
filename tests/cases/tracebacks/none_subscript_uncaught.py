def maybe_list(flag):
    if flag:
        return [1, 2, 3]

print(maybe_list(True)[0])
print(maybe_list(False)[0])
