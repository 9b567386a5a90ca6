print('sub3 runs')
