def f(x, y) = x + y
