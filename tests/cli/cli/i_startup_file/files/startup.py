FROM_STARTUP = 'startup ran'
print('startup prints')
