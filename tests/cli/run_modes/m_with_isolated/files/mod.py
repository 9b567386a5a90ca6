print('found')
