N = 'b'
