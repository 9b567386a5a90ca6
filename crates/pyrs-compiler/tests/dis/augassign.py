x += 1
o.a -= 2
o[i] *= 3
o[1:2] += v
def f(n):
    n //= 2
    return n
