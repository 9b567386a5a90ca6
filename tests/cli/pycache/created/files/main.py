import m, pkg.sub
