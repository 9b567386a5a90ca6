print('m body runs')
