a = 10
b = 0
c = 5 + a // b
