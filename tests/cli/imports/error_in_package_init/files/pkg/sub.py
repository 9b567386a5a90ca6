print('sub must not run')
