print('run by -m')
