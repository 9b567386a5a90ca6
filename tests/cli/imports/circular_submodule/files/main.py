import pkg
print(pkg.x.X, pkg.y.Y, pkg.x.y is pkg.y, pkg.y.x is pkg.x)
