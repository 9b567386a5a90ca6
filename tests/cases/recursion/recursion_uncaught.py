def walk(node):
    return walk(node)

print("starting infinite recursion")
walk(1)
