s = f'oops }'
