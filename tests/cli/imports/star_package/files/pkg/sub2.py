print('sub2 runs')
