value = 'kept'
raise RuntimeError('script failed')
