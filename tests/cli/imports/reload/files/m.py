COUNT = 1
print('m runs')
