print('in app')
raise SystemError('dir main fails')
