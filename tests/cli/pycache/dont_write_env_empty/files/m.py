print('m says', 1)
