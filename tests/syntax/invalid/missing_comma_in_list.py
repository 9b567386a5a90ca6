colors = ['red', 'green' 'blue', 1 2]
