print('a from one')
