print('bad runs')
1 / 0
