a = 2
x = a*(None)
