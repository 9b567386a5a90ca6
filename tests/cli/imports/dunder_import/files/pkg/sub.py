X = 'X'
