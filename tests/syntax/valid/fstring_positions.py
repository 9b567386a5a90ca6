x = 1
a = f'{x}'
b = 'lead ' f'{x} {y}'
c = f'text {x} more {y + z} end'
d = (f'{x}'
     f'{y}')
e = f'''
{x}
  {y}'''
f = f'{x:{y}}'
g = f'{x=}'
h = f'é{x}'
i = f'{"é"}{x}'
