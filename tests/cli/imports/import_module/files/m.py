print('m runs')
