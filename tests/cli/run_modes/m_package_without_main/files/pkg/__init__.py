print('init runs')
