raise RuntimeError('init fails')
