for x in *a, *b:
    pass
for x in *a, b:
    pass
l = [*a, *b]
l = [1, *a, 2]
t = (*a,)
t = *a, *b
s = {*a, *b}
s = {1, *a}
d = {**a, 'b': 1, **c}
d = {**a}
d = {'x': 1, **b, 'y': 2}
print(*args, sep='')
x = *a, b
