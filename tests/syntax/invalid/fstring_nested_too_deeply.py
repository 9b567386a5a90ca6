width = 10
text = f'{value:{width:{fill}}}'
