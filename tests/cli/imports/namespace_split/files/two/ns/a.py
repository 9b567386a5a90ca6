print('a from two -- shadowed')
