print('relmod runs')
