FROM_STARTUP = 1
print('startup must not run')
