print('sub1 runs')
