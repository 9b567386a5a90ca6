NAME = 'pkg.util'
