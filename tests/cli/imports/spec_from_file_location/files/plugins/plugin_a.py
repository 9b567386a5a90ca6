NAME = 'plugin a'
print('plugin body runs as', __name__)
