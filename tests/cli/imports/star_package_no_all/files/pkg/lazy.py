print('lazy runs')
