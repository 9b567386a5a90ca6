print('lazy runs')
V = 1
