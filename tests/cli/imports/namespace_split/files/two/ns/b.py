print('b from two')
