import a
print('done', a.X)
