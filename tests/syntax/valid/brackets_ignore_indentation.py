x = [
1,
        2,
  3,
]
def f(a,
b,
                c):
    return (a
+ b
        + c)
if (a and
b):
    y = {
'k':
            'v'}
call(arg,
  other)
