def f(): pass
yield from f()
