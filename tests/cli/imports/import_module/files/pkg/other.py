print('other runs')
