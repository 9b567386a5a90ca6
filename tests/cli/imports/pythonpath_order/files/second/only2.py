WHERE = 'only in second'
