s = f'{value # comment}'
