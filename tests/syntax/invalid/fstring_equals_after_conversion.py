s = f'{value!r=}'
