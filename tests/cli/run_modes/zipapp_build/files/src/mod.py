M = 'mod inside'
