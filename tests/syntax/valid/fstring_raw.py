a = rf'\d+{x}\s'
b = fr'{x}\n'
c = rf'''\
{x}'''
d = rf'{x:\n}'
e = fr"\{x}"
f = rf'{{\}}'
