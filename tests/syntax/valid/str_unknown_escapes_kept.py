# Unknown escapes are kept as-is (CPython only warns).
a = '\d+\s*\w'
b = '\q'
c = b'\d'
d = '\8\9'
e = '\
x'
f = '\ '
