print('m must not run')
