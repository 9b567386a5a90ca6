print('found runs')
