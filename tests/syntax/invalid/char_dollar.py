$value = 1
