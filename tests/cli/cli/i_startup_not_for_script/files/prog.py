print('prog')
