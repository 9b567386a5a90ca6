N = 'a'
