def f():
    raise ValueError('from -m')
print('start')
f()
