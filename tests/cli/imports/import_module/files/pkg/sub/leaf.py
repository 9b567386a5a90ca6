print('leaf runs')
