a = f'{f"{x}"}'
b = f"{f'{x}'}"
c = f'''{f"{f'{x}'}"}'''
d = f'{x:{f"{y}"}}'
e = f"{'a' if x else f'{y}'}"
f = f'{"{}"}'
g = f'''{
    x
}'''
i = f"{x!r:{f'{w}'}}"
j = f'{f"{x=}"=:>{width}}'
k = f"{x=:{f'{w}'}}" f'{y=!r}' if False else f'{z = !s:^{n}}'
